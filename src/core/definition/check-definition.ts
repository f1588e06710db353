import { checkSchema } from './check-schema';
import { checkUiSchema } from './check-uischema';
import { definitionPaths, type DefinitionFiles } from './definition-files';
import { formFolderProblem, versionFolderProblem } from './folder-names';
import { parseDefinition } from './parse-definition';
import { repeatedKeyProblems } from './parse-json';
import { schemaAtDataPointer } from './schema-path';
import type { DefinitionProblem, FormDefinition } from './types';

function checkNames(formId: string, version: string): DefinitionProblem[] {
  return [
    formFolderProblem(formId),
    versionFolderProblem(formId, version),
  ].filter((p) => p !== undefined);
}

/** Whether a version.json pointer names an answer; `*` is any array row. */
function answerExists(def: FormDefinition, pointer: string): boolean {
  const firstRow = pointer.replace(/\/\*(?=\/|$)/g, '/0');

  return schemaAtDataPointer(def.schema, firstRow) !== undefined;
}

function checkVersionMeta(def: FormDefinition, file: string) {
  const { summary, perYear } = def.versionMeta;
  const pointers: [string, unknown][] = [
    ['/summary/year', summary?.year],
    ['/summary/agency', summary?.agency],
    ...(perYear ?? []).map((p, i): [string, unknown] => [`/perYear/${i}`, p]),
  ];

  return pointers
    .filter(([, p]) => p !== undefined)
    .filter(([, p]) => typeof p !== 'string' || !answerExists(def, p))
    .map(([at, p]) => ({
      file,
      pointer: at,
      message: `Con trỏ ${JSON.stringify(p)} không trỏ tới câu trả lời nào trong schema.json; hãy viết dạng "/mucMot/namBaoCao".`,
    }));
}

/**
 * Check an assembled definition: schema, UI schema and version.json. Call it
 * on definitions built in memory; files on disk go through checkDefinition.
 */
export function checkFormDefinition(def: FormDefinition): DefinitionProblem[] {
  const paths = definitionPaths(def.formId, def.version);
  const schema = def.schema as unknown as Record<string, unknown>;
  const uischema = def.uischema as unknown as Record<string, unknown>;

  return [
    ...checkSchema(paths.schema, schema, def.formId, def.version),
    ...checkUiSchema(paths.uischema, uischema, def.schema),
    ...checkVersionMeta(def, paths.versionJson),
  ];
}

/** Repeated keys in every file of the version that is present. */
function checkRepeatedKeys(files: DefinitionFiles): DefinitionProblem[] {
  const paths = definitionPaths(files.formId, files.version);
  const texts: [string, string | undefined][] = [
    [paths.formJson, files.formJson],
    [paths.schema, files.schema],
    [paths.uischema, files.uischema],
    [paths.versionJson, files.versionJson],
    ...Object.entries(files.i18n).map(([locale, text]): [string, string] => [
      paths.i18n(locale),
      text,
    ]),
  ];

  return texts.flatMap(([file, text]) =>
    text === undefined ? [] : repeatedKeyProblems(file, text),
  );
}

/**
 * Everything `npm run forms:check` verifies about one version, from its raw
 * files: names, JSON syntax, form.json, schema, UI schema, version.json and
 * translations. Returns every problem found; empty means ready to use.
 */
export function checkDefinition(files: DefinitionFiles): DefinitionProblem[] {
  const names = checkNames(files.formId, files.version);
  const { definition, problems } = parseDefinition(files);
  problems.push(...checkRepeatedKeys(files));
  if (!definition) return [...names, ...problems];

  return [...names, ...problems, ...checkFormDefinition(definition)];
}
