/**
 * Validators written out ahead of time for one version of a form: the code
 * Ajv generates (standalone) for each part of its schema (see schema-parts)
 * and for each rule condition of its UI schema, made by `createAjv` from
 * the files the page reads. A page runs them instead of compiling the
 * schema itself, which spares a phone Ajv's compiler, the largest code a
 * fill page would otherwise run. Two files: the conditions are needed for
 * the first paint, the parts only by the first check after it.
 */
export interface PrecompiledConditions {
  format: typeof PRECOMPILED_FORMAT;
  /** `definitionFingerprint` of the files the code was generated from. */
  fingerprint: string;
  /** Condition schemas as JSON text; `code` exports `c0`, `c1`… in order. */
  schemas: string[];
  /** CommonJS code. */
  code: string;
}

export interface PrecompiledParts {
  format: typeof PRECOMPILED_FORMAT;
  fingerprint: string;
  /** Per part, CommonJS code exporting its validate function. */
  parts: { key: string; code: string }[];
}

/** The name and revision of the files' shape; a page ignores others. */
export const PRECOMPILED_FORMAT = 'bieu-mau/precompiled-checks@1';

/**
 * Their names inside a version folder's URL: generated when asked for,
 * never files on disk (an administrator's file of that name is not served).
 */
export const PRECOMPILED_FILES = {
  conditions: 'precompiled-conditions.json',
  parts: 'precompiled-parts.json',
} as const;

export type PrecompiledKind = keyof typeof PRECOMPILED_FILES;

/** Path of one of a version's precompiled files under the forms folder. */
export function precompiledPath(
  formId: string,
  version: string,
  kind: PrecompiledKind,
): string {
  return `${formId}/${version}/${PRECOMPILED_FILES[kind]}`;
}

/**
 * What generated code `require`s for the formats (ajv-formats' full set); a
 * page running such code hands it that module under this name.
 */
export const FORMATS_MODULE = 'ajv-formats/dist/formats';
