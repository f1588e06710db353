import { FORM_ID, VERSION } from './names';
import type { DefinitionProblem } from './types';

/**
 * A form id people could type for a folder name: lower case, no accents,
 * words joined by hyphens ("Báo cáo CNTT" → "bao-cao-cntt").
 */
export function suggestFormId(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function renameHint(name: string): string {
  const suggestion = suggestFormId(name);

  return FORM_ID.test(suggestion)
    ? ` Hãy đổi tên, ví dụ thành "${suggestion}".`
    : ' Hãy đổi tên cho đúng quy tắc này.';
}

/**
 * The problem with a form folder's name, or undefined when it is a valid
 * form id. Call it before treating a folder of the forms root as a form.
 */
export function formFolderProblem(name: string): DefinitionProblem | undefined {
  if (FORM_ID.test(name)) return undefined;

  return {
    file: name,
    pointer: '',
    message:
      `Tên thư mục biểu mẫu "${name}" không hợp lệ: tên chỉ được gồm chữ thường không dấu (a–z), chữ số và dấu gạch nối giữa các từ, không có dấu cách (ví dụ "bao-cao-ung-dung-cntt"), vì tên này nằm trong đường dẫn và trong mọi bản báo cáo.` +
      renameHint(name),
  };
}

/** The problem with a version folder's name, or undefined when valid. */
export function versionFolderProblem(
  formId: string,
  version: string,
): DefinitionProblem | undefined {
  if (VERSION.test(version)) return undefined;

  return {
    file: `${formId}/${version}`,
    pointer: '',
    message: `Tên thư mục phiên bản "${version}" không hợp lệ: phải là năm (ví dụ "2015" hoặc "2015.2") hoặc chữ thường không dấu, chữ số, dấu chấm và dấu gạch nối, không có dấu cách; hãy đổi tên.`,
  };
}
