import type { FormsSource } from './types';
import { TRANSLATION_LOCALES } from './names';

/** The raw text of one version's files; undefined where a file is missing. */
export interface DefinitionFiles {
  formId: string;
  version: string;
  formJson?: string;
  schema?: string;
  uischema?: string;
  versionJson?: string;
  /** Translation file text by locale. */
  i18n: Record<string, string>;
}

/** Paths of a version's files, relative to the forms root. */
export function definitionPaths(formId: string, version: string) {
  const dir = `${formId}/${version}`;
  return {
    formJson: `${formId}/form.json`,
    schema: `${dir}/schema.json`,
    uischema: `${dir}/uischema.json`,
    versionJson: `${dir}/version.json`,
    i18n: (locale: string) => `${dir}/i18n/${locale}.json`,
  };
}

/**
 * Read every file of one version through `source.read` only, so it works
 * over HTTP too. Translations are looked for in `locales`.
 */
export async function readDefinitionFiles(
  source: FormsSource,
  formId: string,
  version: string,
  locales: string[] = TRANSLATION_LOCALES,
): Promise<DefinitionFiles> {
  const paths = definitionPaths(formId, version);
  const [formJson, schema, uischema, versionJson, ...translations] =
    await Promise.all([
      source.read(paths.formJson),
      source.read(paths.schema),
      source.read(paths.uischema),
      source.read(paths.versionJson),
      ...locales.map((locale) => source.read(paths.i18n(locale))),
    ]);
  const i18n: Record<string, string> = {};
  locales.forEach((locale, index) => {
    const text = translations[index];
    if (text !== undefined) i18n[locale] = text;
  });

  return { formId, version, formJson, schema, uischema, versionJson, i18n };
}
