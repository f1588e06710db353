/** Answers as stored and sent: plain JSON, every string in NFC. */
export type Answers = Record<string, unknown>;

function normalizeValue(value: unknown): unknown {
  if (typeof value === 'string') {
    const text = value.normalize('NFC');
    return text === '' ? undefined : text;
  }
  if (Array.isArray(value)) {
    const items = value.map(normalizeValue).filter((v) => v !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .map(([key, v]) => [key.normalize('NFC'), normalizeValue(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;

  return value;
}

/**
 * Bring answers to the one form that is saved, validated and sent: call it
 * before every save and before validation. Strings become NFC (Telex and VNI
 * keyboards may type decomposed letters); `undefined`, empty strings, empty
 * objects and empty arrays are dropped, so "no answer" and "no rows" are
 * always simply absent. The input is never changed.
 */
export function normalizeAnswers(value: unknown): Answers {
  const normalized = normalizeValue(value);

  return typeof normalized === 'object' &&
    normalized !== null &&
    !Array.isArray(normalized)
    ? (normalized as Answers)
    : {};
}
