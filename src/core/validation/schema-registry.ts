import type { JsonSchema } from '@jsonforms/core';

// Maps every object inside a compiled schema to its root, so an ajv error
// (which carries only its own parentSchema) can find sibling fields' titles.
const rootOf = new WeakMap<object, JsonSchema>();

/** Remember which root schema each of its sub-schemas belongs to. */
export function rememberRootSchema(root: unknown): void {
  if (typeof root !== 'object' || root === null || rootOf.has(root)) return;
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || rootOf.has(node)) return;
    rootOf.set(node, root as JsonSchema);
    for (const child of Object.values(node)) visit(child);
  };
  visit(root);
}

/** The root schema a sub-schema was compiled as part of, if known. */
export function findRootSchema(node: unknown): JsonSchema | undefined {
  if (typeof node !== 'object' || node === null) return undefined;

  return rootOf.get(node);
}
