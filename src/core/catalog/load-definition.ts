import { checkDefinition } from '../definition/check-definition';
import { readDefinitionFiles } from '../definition/definition-files';
import { FORM_ID, VERSION } from '../definition/names';
import { parseDefinition } from '../definition/parse-definition';
import {
  DefinitionError,
  type FormDefinition,
  type FormsSource,
} from '../definition/types';

/**
 * Read, check and assemble one version of a form: call it before showing or
 * validating a report. Uses only `source.read`; throws DefinitionError with
 * every problem found when the definition is not fit to use.
 */
export async function loadDefinition(
  source: FormsSource,
  formId: string,
  version: string,
): Promise<FormDefinition> {
  if (!FORM_ID.test(formId) || !VERSION.test(version)) {
    throw new DefinitionError([
      {
        file: `${formId}/${version}`,
        pointer: '',
        message: `Không có biểu mẫu "${formId}" phiên bản "${version}"; hãy chọn lại từ danh sách biểu mẫu.`,
      },
    ]);
  }
  const files = await readDefinitionFiles(source, formId, version);
  if (files.schema === undefined && files.uischema === undefined) {
    throw new DefinitionError([
      {
        file: `${formId}/${version}`,
        pointer: '',
        message: `Không tìm thấy biểu mẫu "${formId}" phiên bản "${version}"; hãy chọn lại từ danh sách biểu mẫu.`,
      },
    ]);
  }
  const problems = checkDefinition(files);
  const { definition } = parseDefinition(files);
  if (problems.length > 0 || !definition) throw new DefinitionError(problems);

  return definition;
}
