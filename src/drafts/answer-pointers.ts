/** Splits a JSON pointer (`/a/b~1c`) into its unescaped keys. */
function pointerKeys(pointer: string): string[] {
  if (pointer === '') return [];

  return pointer
    .slice(1)
    .split('/')
    .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Reads the value at a JSON pointer, or undefined when the path is absent. */
export function readPointer(root: unknown, pointer: string): unknown {
  return readKeys(root, pointerKeys(pointer));
}

function readKeys(root: unknown, keys: string[]): unknown {
  let node = root;
  for (const key of keys) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }

  return node;
}

/** Removes the value at a JSON pointer in place; absent paths are ignored. */
export function removePointer(root: unknown, pointer: string): void {
  const keys = pointerKeys(pointer);
  const last = keys.pop();
  const parent = readKeys(root, keys);
  if (last === undefined || typeof parent !== 'object' || parent === null) {
    return;
  }
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete (parent as Record<string, unknown>)[last];
}

/** Sets the value at a JSON pointer in place, creating objects on the way. */
export function writePointer(
  root: Record<string, unknown>,
  pointer: string,
  value: unknown,
): void {
  const keys = pointerKeys(pointer);
  const last = keys.pop();
  if (last === undefined) return;
  let node: Record<string, unknown> = root;
  for (const key of keys) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[last] = value;
}
