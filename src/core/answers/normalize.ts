/** Answers as stored and sent: plain JSON, every string in NFC. */
export type Answers = Record<string, unknown>;

function normalizeList(list: unknown[]): unknown[] | undefined {
  const items: unknown[] = [];
  // Holes are skipped, like every other missing answer.
  for (let index = 0; index < list.length; index++) {
    if (!(index in list)) continue;
    const item = normalizeValue(list[index]);
    if (item !== undefined) items.push(item);
  }

  return items.length === 0 ? undefined : items;
}

function normalizeRecord(record: object): object | undefined {
  const result: Record<string, unknown> = {};
  let empty = true;
  for (const key of Object.keys(record)) {
    const value = normalizeValue((record as Record<string, unknown>)[key]);
    if (value === undefined) continue;
    const name = key.normalize('NFC');
    // Assigning `__proto__` would replace the prototype, not add a key.
    if (name === '__proto__') {
      Object.defineProperty(result, name, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    } else {
      result[name] = value;
    }
    empty = false;
  }

  return empty ? undefined : result;
}

function normalizeValue(value: unknown): unknown {
  if (typeof value === 'string') {
    return value === '' ? undefined : value.normalize('NFC');
  }
  if (Array.isArray(value)) return normalizeList(value);
  if (typeof value === 'object' && value !== null) {
    return normalizeRecord(value);
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
