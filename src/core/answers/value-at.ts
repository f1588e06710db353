// No imports: the drafts page reads answers with it without loading JSON Forms.

/** Read the value `keys` lead to, or undefined where a step is missing. */
export function valueAtKeys(data: unknown, keys: readonly string[]): unknown {
  let node = data;
  for (const key of keys) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }

  return node;
}
