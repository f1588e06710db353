import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { definitionPaths, type DefinitionFiles } from './definition-files';
import { parseJsonFile } from './parse-json';
import type {
  DefinitionProblem,
  FormDefinition,
  FormMeta,
  VersionMeta,
} from './types';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseObject(
  file: string,
  text: string | undefined,
  required: boolean,
  problems: DefinitionProblem[],
): Json | undefined {
  if (text === undefined) {
    if (required) {
      problems.push({
        file,
        pointer: '',
        message: `Thiếu tệp ${file}. Hãy tạo tệp này trong thư mục của biểu mẫu.`,
      });
    }
    return undefined;
  }
  const parsed = parseJsonFile(file, text);
  if (!parsed.ok) return void problems.push(parsed.problem);
  if (isObject(parsed.value)) return parsed.value;
  problems.push({
    file,
    pointer: '',
    message: 'Tệp phải chứa một đối tượng JSON, bắt đầu bằng dấu {.',
  });

  return undefined;
}

function checkMeta(file: string, meta: Json, formId: string) {
  const problems: DefinitionProblem[] = [];
  for (const key of ['title', 'currentVersion']) {
    if (typeof meta[key] !== 'string' || meta[key] === '') {
      problems.push({
        file,
        pointer: `/${key}`,
        message: `Thiếu "${key}" (chuỗi chữ) trong form.json; hãy điền vào.`,
      });
    }
  }
  if (meta.formId !== undefined && meta.formId !== formId) {
    problems.push({
      file,
      pointer: '/formId',
      message: `"formId" là "${String(meta.formId)}" nhưng thư mục tên là "${formId}"; hãy sửa cho trùng nhau.`,
    });
  }

  return problems;
}

function checkTranslations(file: string, value: Json): DefinitionProblem[] {
  return Object.entries(value)
    .filter(([, text]) => typeof text !== 'string')
    .map(([key]) => ({
      file,
      pointer: `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      message:
        'Tệp dịch chỉ được chứa cặp "khoá": "chuỗi", không lồng nhóm; hãy viết giá trị này thành chuỗi.',
    }));
}

/**
 * Parse a version's files into a definition, collecting every file-level
 * problem (missing file, bad JSON, wrong form.json) instead of stopping at
 * the first. `definition` is absent when the form cannot be assembled.
 */
export function parseDefinition(files: DefinitionFiles): {
  definition?: FormDefinition;
  problems: DefinitionProblem[];
} {
  const { formId, version } = files;
  const paths = definitionPaths(formId, version);
  const problems: DefinitionProblem[] = [];
  const meta = parseObject(paths.formJson, files.formJson, true, problems);
  const schema = parseObject(paths.schema, files.schema, true, problems);
  const ui = parseObject(paths.uischema, files.uischema, true, problems);
  const versionMeta =
    parseObject(paths.versionJson, files.versionJson, false, problems) ?? {};
  if (meta) problems.push(...checkMeta(paths.formJson, meta, formId));
  const translations: Record<string, Record<string, string>> = {};
  for (const [locale, text] of Object.entries(files.i18n)) {
    const file = paths.i18n(locale);
    const value = parseObject(file, text, false, problems);
    if (!value) continue;
    problems.push(...checkTranslations(file, value));
    translations[locale] = value as Record<string, string>;
  }
  if (!meta || !schema || !ui) return { problems };
  const definition: FormDefinition = {
    formId,
    version,
    meta: { ...meta, formId } as unknown as FormMeta,
    schema: schema as unknown as FormDefinition['schema'],
    uischema: ui as unknown as UISchemaElement,
    versionMeta: versionMeta as VersionMeta,
    translations,
  };

  return { definition, problems };
}
