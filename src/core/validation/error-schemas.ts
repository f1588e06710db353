import type { ErrorObject } from 'ajv';

// A schemaPath segment as Ajv writes it: URI-encoded JSON pointer text.
function unescapeSegment(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The schema object at `#/a/b` inside `root`, if the path leads to one. */
function schemaAtPath(root: object, path: string): object | undefined {
  let node: unknown = root;
  for (const segment of path.split('/').slice(1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[unescapeSegment(segment)];
  }

  return typeof node === 'object' && node !== null ? node : undefined;
}

/**
 * Give each error the schema object its keyword belongs to, found along its
 * schemaPath in `root`: messages read titles, limits and choices there.
 * Call with errors fresh from a validator of `root` or of a part whose
 * paths read the same from the root; errors are changed in place.
 */
export function withParentSchemas(
  errors: ErrorObject[],
  root: object,
): ErrorObject[] {
  for (const error of errors) {
    if (error.parentSchema) continue;
    const keywordAt = error.schemaPath.lastIndexOf('/');
    error.parentSchema = schemaAtPath(
      root,
      error.schemaPath.slice(0, Math.max(keywordAt, 0)),
    );
  }

  return errors;
}
