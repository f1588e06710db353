import type { JsonSchema, UISchemaElement } from '@jsonforms/core';

/** Per-form metadata from `forms/<formId>/form.json`, shared by its versions. */
export interface FormMeta {
  formId: string;
  /** Vietnamese title as printed on the official form. */
  title: string;
  /** Office that issues the form, e.g. "Phòng Văn hóa và Thông tin". */
  issuedBy?: string;
  /** The document the form is attached to, as printed. */
  issuingDocument?: string;
  /** The version new reports start from. */
  currentVersion: string;
}

/** Everything one version folder holds, parsed but not yet compiled. */
export interface FormDefinition {
  formId: string;
  version: string;
  meta: FormMeta;
  schema: JsonSchema & { $id: string; $schema: string };
  uischema: UISchemaElement;
  /** Optional facts about this version, from `<version>/version.json`. */
  versionMeta: VersionMeta;
  /** Label translations by locale, from `<version>/i18n/<locale>.json`. */
  translations: Record<string, Record<string, string>>;
}

/**
 * Optional per-version facts the app and server need without knowing the
 * form: where to find the report year and the agency, and what is per-year.
 */
export interface VersionMeta {
  /** Version label shown to people, e.g. "Mẫu năm 2015". */
  title?: string;
  /** JSON pointers into the answers for the summary shown in lists. */
  summary?: { year?: string; agency?: string };
  /**
   * Pointers cleared when a new year's report starts from an old one; a `*`
   * segment stands for every row of a table.
   */
  perYear?: string[];
}

/** One thing wrong with a definition, pointing at the file and the spot. */
export interface DefinitionProblem {
  /** Path relative to the forms root, e.g. `bao-cao/2015/uischema.json`. */
  file: string;
  /** JSON pointer inside that file ('' for the whole file). */
  pointer: string;
  /** What is wrong and how to fix it, in Vietnamese. */
  message: string;
}

/** Thrown when a definition cannot be used; carries every problem found. */
export class DefinitionError extends Error {
  readonly problems: DefinitionProblem[];

  constructor(problems: DefinitionProblem[]) {
    super(
      problems.map((p) => `${p.file}#${p.pointer}: ${p.message}`).join('\n'),
    );
    this.name = 'DefinitionError';
    this.problems = problems;
  }
}

/** The list of forms the app shows, served as `forms/index.json`. */
export interface Catalog {
  forms: CatalogForm[];
  /** Problems that belong to no single form (e.g. an unreadable folder). */
  problems: DefinitionProblem[];
}

export interface CatalogForm {
  formId: string;
  title: string;
  issuedBy?: string;
  issuingDocument?: string;
  currentVersion: string;
  /** Current version first, then the others newest first. */
  versions: CatalogVersion[];
  problems: DefinitionProblem[];
}

export interface CatalogVersion {
  version: string;
  /** The schema's `$id`, when the schema could be read. */
  schemaId?: string;
  /** Locales with a translation file, besides the built-in Vietnamese. */
  locales: string[];
  /** Empty when the version loads cleanly. */
  problems: DefinitionProblem[];
  /**
   * When the full check found no problem: the fingerprint of the files it
   * checked (`definitionFingerprint`), so a page holding the same files
   * can trust that verdict instead of compiling the schema again.
   */
  passed?: string;
}

/**
 * Read access to a forms folder. The server, the CLI and the build implement
 * it with the file system; tests can use a temporary folder.
 */
export interface FormsSource {
  /** Names of entries directly inside `dir` ('' is the root). */
  list(dir: string): Promise<{ name: string; isDirectory: boolean }[]>;
  /** File text, or undefined when the file does not exist. */
  read(file: string): Promise<string | undefined>;
}
