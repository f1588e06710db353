/**
 * What number and date boxes hold that cannot be read yet ("12 cái",
 * "31/02/2015"): data pointer → the text as typed. Kept beside the answers,
 * never in them, so it is never sent; it lets a reopened draft show the
 * person exactly what they typed.
 */
export type PendingText = Record<string, string>;

/**
 * Call on pending text read back from storage or a journal: keeps only
 * pointer → non-empty text pairs, and gives undefined when none are left,
 * so a draft with nothing pending stores nothing.
 */
export function cleanPendingText(value: unknown): PendingText | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return undefined;
  }
  const entries = Object.entries(value).filter(
    ([pointer, text]) =>
      pointer.startsWith('/') && typeof text === 'string' && text !== '',
  );

  return entries.length ? Object.fromEntries(entries) : undefined;
}
