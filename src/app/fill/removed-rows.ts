import { pointerSegments } from '../../core/definition/schema-path';

/**
 * True when `pointer` is inside a table row the answers no longer have (the
 * row was removed): call it to forget what was kept for such a box.
 */
export function isInRemovedRow(answers: unknown, pointer: string): boolean {
  let node: unknown = answers;
  for (const segment of pointerSegments(pointer)) {
    // Keys are camelCase words, so a number is always a row of a table.
    const row = /^\d+$/.test(segment);
    if (row && !(Array.isArray(node) && Number(segment) < node.length)) {
      return true;
    }
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string, unknown>)[segment];
  }

  return false;
}
