import { resolveSchema, toDataPathSegments } from '@jsonforms/core';
import type { JsonSchema } from '@jsonforms/core';

/** A JSON Schema node as found in a definition: any keyword may be present. */
export type SchemaNode = JsonSchema & Record<string, unknown>;

/** Split a JSON pointer ('/a/b~1c') into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  return pointer
    .replace(/^#/, '')
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Join segments into a JSON pointer, escaping `~` and `/`. */
export function toPointer(segments: (string | number)[]): string {
  return segments
    .map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1'))
    .join('');
}

function followRef(node: SchemaNode, root: JsonSchema): SchemaNode {
  if (typeof node.$ref !== 'string') return node;
  return (resolveSchema(root, node.$ref, root) as SchemaNode) ?? node;
}

/**
 * Find the schema describing the value at a data pointer ('/a/0/b'), or
 * undefined when the schema does not describe that place.
 */
export function schemaAtDataPointer(
  root: JsonSchema,
  pointer: string,
): SchemaNode | undefined {
  let node: SchemaNode | undefined = followRef(root as SchemaNode, root);
  for (const segment of pointerSegments(pointer)) {
    if (!node) return undefined;
    const props = node.properties as Record<string, SchemaNode> | undefined;
    const items = node.items as SchemaNode | undefined;
    if (props && props[segment]) node = props[segment];
    else if (/^\d+$/.test(segment) && items && !Array.isArray(items)) {
      node = items;
    } else return undefined;
    node = followRef(node, root);
  }

  return node;
}

/** Resolve a UI-schema scope ('#/properties/a') against a schema. */
export function schemaAtScope(
  schema: JsonSchema,
  scope: string,
  root: JsonSchema,
): SchemaNode | undefined {
  if (scope === '#') return schema as SchemaNode;
  return resolveSchema(schema, scope, root) as SchemaNode | undefined;
}

/** The data segments a scope points at: '#/properties/a/properties/b' → a, b. */
export function scopeToDataSegments(scope: string): string[] {
  return toDataPathSegments(scope);
}
