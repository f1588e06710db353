/** Form ids: lower-case ASCII words joined by hyphens. */
export const FORM_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Version folders: a year (2015, 2015.2) or another readable ASCII name. */
export const VERSION = /^([0-9]{4}(\.[0-9]+)?|[a-z0-9][a-z0-9.-]*)$/;

/** Property keys in schemas: ASCII camelCase, which other systems rely on. */
export const PROPERTY_KEY = /^[a-z][a-zA-Z0-9]*$/;

/** The `$id` a version's schema must carry. */
export function schemaIdFor(formId: string, version: string): string {
  return `urn:bieu-mau:${formId}:${version}`;
}

/** Locales a version may translate labels into, besides Vietnamese. */
export const TRANSLATION_LOCALES = ['en'];

/** The draft-07 meta-schema URI every schema declares. */
export const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
