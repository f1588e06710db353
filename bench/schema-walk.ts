/** A JSON Schema or UI schema node, read loosely: the bench only inspects. */
export type Node = Record<string, unknown>;

/** Call to treat an unknown value as a schema node when it is one. */
export function asNode(value: unknown): Node | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Node)
    : undefined;
}

/** Call to follow a local `$ref` (`#/definitions/x`, `#/$defs/x`). */
export function resolveRef(root: Node, node: Node): Node {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
  let target: unknown = root;
  for (const part of ref.slice(2).split('/')) {
    target = asNode(target)?.[decodeURIComponent(part).replace(/~1/g, '/')];
  }

  return asNode(target) ?? node;
}

/** Call to turn a JSON Forms scope (`#/properties/a/properties/b`) into keys. */
export function scopeKeys(scope: string): string[] {
  return scope
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part, index) => index % 2 === 1 && part !== '');
}

/** Call to find the schema a scope points at, following `$ref`s. */
export function schemaAtScope(root: Node, scope: string): Node | undefined {
  let node: Node | undefined = root;
  for (const key of scopeKeys(scope)) {
    node = node && asNode(asNode(resolveRef(root, node).properties)?.[key]);
  }

  return node && resolveRef(root, node);
}
