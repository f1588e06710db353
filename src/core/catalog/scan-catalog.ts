import { checkDefinition } from '../definition/check-definition';
import { definitionFingerprint } from '../definition/files-fingerprint';
import { formFolderProblem } from '../definition/folder-names';
import {
  definitionPaths,
  readDefinitionFiles,
} from '../definition/definition-files';
import { parseJsonFile } from '../definition/parse-json';
import type {
  Catalog,
  CatalogForm,
  CatalogVersion,
  DefinitionProblem,
  FormsSource,
} from '../definition/types';
import { newestFirst, orderVersions } from './compare-versions';

type Json = Record<string, unknown>;

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

async function subfolders(source: FormsSource, dir: string) {
  const entries = await source.list(dir);

  return entries.filter((e) => e.isDirectory).map((e) => e.name);
}

async function localesOf(source: FormsSource, dir: string) {
  const entries = await source.list(`${dir}/i18n`).catch(() => []);

  return entries
    .filter((e) => !e.isDirectory && e.name.endsWith('.json'))
    .map((e) => e.name.slice(0, -'.json'.length))
    .sort();
}

async function readMeta(source: FormsSource, formId: string) {
  const file = `${formId}/form.json`;
  const text = await source.read(file);
  const parsed = text === undefined ? undefined : parseJsonFile(file, text);

  return parsed?.ok ? (parsed.value as Json) : {};
}

async function scanVersion(
  source: FormsSource,
  formId: string,
  version: string,
): Promise<CatalogVersion> {
  const locales = await localesOf(source, `${formId}/${version}`);
  const files = await readDefinitionFiles(source, formId, version, locales);
  const schema = files.schema && parseJsonFile('', files.schema);
  const id = schema && schema.ok ? (schema.value as Json).$id : undefined;
  const problems = checkDefinition(files);
  const passed = problems.length === 0 ? definitionFingerprint(files) : '';

  return {
    version,
    ...(typeof id === 'string' ? { schemaId: id } : {}),
    locales,
    problems,
    ...(passed ? { passed } : {}),
  };
}

// Problems with form.json or the folder name belong to the form, not to each
// of its versions, which would otherwise all repeat them.
function isFormLevel(problem: DefinitionProblem, formId: string): boolean {
  return problem.file === formId || problem.file === `${formId}/form.json`;
}

async function scanVersionSafely(
  source: FormsSource,
  formId: string,
  version: string,
): Promise<CatalogVersion> {
  try {
    return await scanVersion(source, formId, version);
  } catch (error) {
    const file = `${formId}/${version}`;
    const message = `Không đọc được phiên bản này (${describe(error)}); hãy kiểm tra quyền đọc thư mục.`;
    return { version, locales: [], problems: [{ file, pointer: '', message }] };
  }
}

async function scanForm(
  source: FormsSource,
  formId: string,
): Promise<CatalogForm> {
  const meta = await readMeta(source, formId);
  const names = await subfolders(source, formId);
  const scanned = await Promise.all(
    names.map((v) => scanVersionSafely(source, formId, v)),
  );
  const problems: DefinitionProblem[] = [];
  for (const version of scanned) {
    problems.push(...version.problems.filter((p) => isFormLevel(p, formId)));
    version.problems = version.problems.filter((p) => !isFormLevel(p, formId));
  }
  const newest = [...names].sort(newestFirst)[0] ?? '';
  const current =
    typeof meta.currentVersion === 'string' ? meta.currentVersion : newest;
  if (names.length > 0 && !names.includes(current)) {
    problems.push({
      file: definitionPaths(formId, current).formJson,
      pointer: '/currentVersion',
      message: `"currentVersion" là "${current}" nhưng không có thư mục phiên bản đó; hãy sửa thành một trong: ${names.join(', ')}.`,
    });
  }
  if (names.length === 0) {
    problems.push({
      file: formId,
      pointer: '',
      message:
        'Biểu mẫu chưa có thư mục phiên bản nào (ví dụ "2015"); hãy tạo ít nhất một.',
    });
  }
  const unique = new Map(problems.map((p) => [JSON.stringify(p), p]));

  return {
    formId,
    title: typeof meta.title === 'string' ? meta.title : formId,
    ...(typeof meta.issuedBy === 'string' ? { issuedBy: meta.issuedBy } : {}),
    ...(typeof meta.issuingDocument === 'string'
      ? { issuingDocument: meta.issuingDocument }
      : {}),
    currentVersion: current,
    versions: orderVersions(scanned, current),
    problems: [...unique.values()],
  };
}

async function scanFormSafely(source: FormsSource, formId: string) {
  try {
    return await scanForm(source, formId);
  } catch (error) {
    const message = `Không đọc được biểu mẫu này (${describe(error)}); hãy kiểm tra quyền đọc thư mục.`;
    return {
      formId,
      title: formId,
      currentVersion: '',
      versions: [],
      problems: [{ file: formId, pointer: '', message }],
    };
  }
}

/**
 * List every form and version under a forms folder, each with the problems
 * a full check finds: call it to build `forms/index.json` and in forms:check.
 * A broken form or version is listed with its problems; it never hides others.
 * A folder whose name is not a form id is reported in `problems` instead.
 */
export async function scanCatalog(source: FormsSource): Promise<Catalog> {
  let formIds: string[];
  try {
    formIds = (await subfolders(source, '')).sort();
  } catch (error) {
    const message = `Không đọc được thư mục biểu mẫu (${describe(error)}); hãy kiểm tra đường dẫn và quyền đọc.`;
    return { forms: [], problems: [{ file: '', pointer: '', message }] };
  }
  // A folder named "Bad Name" can never be opened as a form (loading refuses
  // the id), so its name is the problem to report, not its contents.
  const misnamed = formIds.flatMap((id) => formFolderProblem(id) ?? []);
  const forms = await Promise.all(
    formIds
      .filter((id) => !formFolderProblem(id))
      .map((id) => scanFormSafely(source, id)),
  );

  return { forms, problems: misnamed };
}

/**
 * Call once per forms folder: gives a function that returns the catalogue,
 * scanning again only when `fingerprint` (say, every file's mtime and size)
 * has changed since the last scan. The fingerprint is taken before the
 * scan, so an edit made during a scan is picked up by the next request.
 */
export function createCatalogCache(
  source: FormsSource,
  fingerprint: () => Promise<string>,
): () => Promise<Catalog> {
  let last: { print: string; catalog: Promise<Catalog> } | undefined;

  return async () => {
    const print = await fingerprint();
    if (last?.print !== print) last = { print, catalog: scanCatalog(source) };
    return last.catalog;
  };
}
