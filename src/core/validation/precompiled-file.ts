import { FORM_ID, VERSION } from '../definition/names';
import {
  readDefinitionFiles,
  type DefinitionFiles,
} from '../definition/definition-files';
import { definitionFingerprint } from '../definition/files-fingerprint';
import { parseDefinition } from '../definition/parse-definition';
import type { FormsSource } from '../definition/types';
import type { PrecompiledKind } from './precompiled-format';
import {
  writePrecompiledConditions,
  writePrecompiledParts,
} from './write-precompiled';

/** Gives one of a version's precompiled files as JSON text, or undefined. */
export type PrecompiledChecksText = (
  formId: string,
  version: string,
  kind: PrecompiledKind,
) => Promise<string | undefined>;

const writers = {
  conditions: writePrecompiledConditions,
  parts: writePrecompiledParts,
};

/**
 * Call once per server: serves each version's checks generated ahead of
 * time from its files as they are now, generated again only when a file
 * changed (a few hundred ms for the 2015 form). Undefined for a version
 * that does not exist, does not parse, or whose schema does not compile:
 * a page then compiles itself and reports the definition's problems.
 */
export function precompiledChecksFiles(
  source: FormsSource,
): PrecompiledChecksText {
  // Per version and kind, the text made from files of this fingerprint,
  // or undefined when they could not be written out (not tried again
  // until a file changes).
  const made = new Map<string, { fingerprint: string; text?: string }>();
  const write = (
    files: DefinitionFiles,
    kind: PrecompiledKind,
    fingerprint: string,
  ) => {
    const { definition, problems } = parseDefinition(files);
    if (!definition || problems.length > 0) return undefined;
    try {
      return JSON.stringify(writers[kind](definition, fingerprint));
    } catch {
      return undefined;
    }
  };

  return async (formId, version, kind) => {
    if (!FORM_ID.test(formId) || !VERSION.test(version)) return undefined;
    // A folder where a file should be, an unreadable file: nothing to serve.
    const files = await readDefinitionFiles(source, formId, version).catch(
      () => undefined,
    );
    if (files?.schema === undefined) return undefined;
    const fingerprint = definitionFingerprint(files);
    const key = `${formId}/${version}/${kind}`;
    const last = made.get(key);
    if (last?.fingerprint === fingerprint) return last.text;
    const text = write(files, kind, fingerprint);
    made.set(key, { fingerprint, text });

    return text;
  };
}
