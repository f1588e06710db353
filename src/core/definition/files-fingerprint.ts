import type { DefinitionFiles } from './definition-files';

/**
 * Call to name one exact set of a version's files: FNV-1a over every
 * file's text, so an edited file gets a new name. The catalogue publishes
 * it for versions that passed the full check, and a page that fetched the
 * same files need not run that check again.
 */
export function definitionFingerprint(files: DefinitionFiles): string {
  const texts = [
    files.formId,
    files.version,
    files.formJson,
    files.schema,
    files.uischema,
    files.versionJson,
    ...Object.entries(files.i18n)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .flat(),
  ];
  let hash = 0x811c9dc5;
  for (const raw of texts) {
    // A byte order mark is dropped by a browser's fetch but not by a file
    // read: the same file must get the same name either way.
    const text = raw?.replace(/^\uFEFF/, '');
    const part = `${text?.length ?? -1}:${text ?? ''}`;
    for (let i = 0; i < part.length; i++) {
      hash ^= part.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
  }

  return `${files.formId}@${files.version}#${(hash >>> 0).toString(16)}`;
}
