import { pointerSegments } from '../core/definition/schema-path';
import type { VersionMeta } from '../core/definition/types';

/**
 * The report year and agency, read through the version's `summary`
 * pointers, as text for the office's filters. Missing or non-scalar
 * values are left out rather than guessed.
 */
export function readSummary(
  versionMeta: VersionMeta,
  answers: unknown,
): { year?: string; agency?: string } {
  const year = scalarAt(answers, versionMeta.summary?.year);
  const agency = scalarAt(answers, versionMeta.summary?.agency);

  return {
    ...(year !== undefined && { year }),
    ...(agency !== undefined && { agency }),
  };
}

function scalarAt(root: unknown, pointer: string | undefined) {
  if (pointer === undefined) return undefined;
  let node = root;
  for (const segment of pointerSegments(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  const isScalar = ['string', 'number', 'boolean'].includes(typeof node);

  return isScalar ? String(node).trim() || undefined : undefined;
}
