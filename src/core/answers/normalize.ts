/** Answers as stored and sent: plain JSON, every string in NFC. */
export type Answers = Record<string, unknown>;

/**
 * Characters no typed answer needs and that mislead or break what shows it:
 * C0/C1 controls but tab and newline (a NUL cuts text short in C tools),
 * bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069
 * turn "UBND long" into "UBND gnol" on screen), and surrogates, checked
 * one by one below since only a lone half is broken.
 */
const SUSPECT =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/;
const INVISIBLE_CONTROLS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Tab, newline, printable ASCII, Latin-1 to Spacing Modifiers and Latin
 * Extended Additional: every Vietnamese letter, none of the characters
 * above, and text made only of these is already NFC (each of them is
 * NFC on its own and no two of them compose; checked pair by pair).
 * Such text, nearly every answer, skips the cleaning and ICU's NFC pass,
 * which was most of the cost of normalising a report.
 */
const NEEDS_WORK = /[^\t\n\u0020-\u007E\u00A0-\u02FF\u1E00-\u1EFF]/;

/** Text in NFC with the characters above removed or replaced. */
function normalizeText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return cleanText(text).normalize('NFC');
}

/** Most text has none of these, so the common case is one regex test. */
function cleanText(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE_CONTROLS, '')
    .replace(LONE_SURROGATE, '\uFFFD');
}

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
    const name = NEEDS_WORK.test(key) ? key.normalize('NFC') : key;
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
    const text = normalizeText(value);
    return text === '' ? undefined : text;
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
 * keyboards may type decomposed letters), lose control and bidi override
 * characters but tab and newline (a CR or CRLF becomes a newline), and a
 * lone surrogate becomes U+FFFD; `undefined`, empty strings, empty
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

/**
 * Whether `normalizeAnswers(value)` would give back exactly `value`: call
 * it to skip the copy for answers normalised before they were sent, as
 * the app's are. Errs towards false: a key or text that might change, an
 * empty or missing answer, a hole, anything that is not plain JSON.
 */
export function isNormalized(value: unknown): boolean {
  return isPlainRecord(value) && isNormalizedRecord(value, true);
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}

function isNormalizedRecord(
  record: Record<string, unknown>,
  mayBeEmpty = false,
): boolean {
  const keys = Object.keys(record);
  if (keys.length === 0) return mayBeEmpty;
  for (const key of keys) {
    if (key === '__proto__' || NEEDS_WORK.test(key)) return false;
    if (!isNormalizedValue(record[key])) return false;
  }

  return true;
}

function isNormalizedValue(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
      return value !== '' && !NEEDS_WORK.test(value);
    case 'number':
      return Number.isFinite(value);
    case 'boolean':
      return true;
    case 'object':
      if (value === null) return true;
      if (Array.isArray(value)) return isNormalizedList(value);
      return isPlainRecord(value) && isNormalizedRecord(value);
    default:
      return false;
  }
}

function isNormalizedList(list: unknown[]): boolean {
  if (list.length === 0) return false;
  for (let index = 0; index < list.length; index++) {
    if (!(index in list) || !isNormalizedValue(list[index])) return false;
  }

  return true;
}
