import { valueAtKeys } from '../core/answers/value-at';
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
  return valueAtKeys(root, pointerKeys(pointer));
}

/**
 * Removes the value at a JSON pointer in place; absent paths are ignored.
 * A `*` key stands for every item of an array: followed by a column key it
 * clears that column in every row (how version.json names per-year table
 * columns); at the end it removes every row.
 */
export function removePointer(root: unknown, pointer: string): void {
  removeKeys(root, pointerKeys(pointer));
}

function removeKeys(node: unknown, keys: string[]): void {
  const [key, ...rest] = keys;
  if (key === undefined || typeof node !== 'object' || node === null) return;
  if (key === '*' && Array.isArray(node)) {
    if (rest.length === 0) node.splice(0);
    else for (const item of node) removeKeys(item, rest);
    return;
  }
  if (rest.length > 0) {
    removeKeys((node as Record<string, unknown>)[key], rest);
  } else if (!Array.isArray(node)) {
    delete (node as Record<string, unknown>)[key];
  } else if (/^\d+$/.test(key)) node.splice(Number(key), 1);
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
