import { hash } from 'node:crypto';

/**
 * JSON text with object keys sorted at every level, so two bodies that
 * differ only in key order or whitespace give the same text. Call it on
 * values already checked by `checkJsonShape` (bounded depth).
 */
export function canonicalJson(value: unknown): string {
  try {
    return JSON.stringify(sortedCopy(value));
  } catch (error) {
    if (error !== UNSORTABLE) throw error;
    return walkedJson(value);
  }
}

/** Hex SHA-256 of the canonical JSON of `value`. */
export function canonicalHash(value: unknown): string {
  return sha256(canonicalJson(value));
}

/** Hex SHA-256 of a text already canonical. */
export function sha256(text: string): string {
  return hash('sha256', text, 'hex');
}

/** Answers to prune and check, with their canonical text. */
export interface CanonicalAnswers {
  /** A copy with sorted keys, or the answers given when keys cannot be. */
  answers: Record<string, unknown>;
  /** Canonical JSON of `answers` as they are now. */
  json: string;
}

/**
 * Call with normalised answers the caller owns: one copy serves as the
 * canonical text (for the hash and, while unchanged, for storage) and as
 * the answers to prune and check, instead of a copy for each.
 */
export function canonicalAnswers(
  answers: Record<string, unknown>,
): CanonicalAnswers {
  try {
    const copy = sortedCopy(answers) as Record<string, unknown>;
    return { answers: copy, json: JSON.stringify(copy) };
  } catch (error) {
    if (error !== UNSORTABLE) throw error;
    return { answers, json: walkedJson(answers) };
  }
}

/**
 * The canonical JSON of `record` with `key` set to a value whose canonical
 * JSON is `json`: the same text `canonicalJson` gives, without printing
 * that value again.
 */
export function canonicalJsonWith(
  value: object,
  key: string,
  json: string,
): string {
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => record[k] !== undefined);
  if (!keys.includes(key)) keys.push(key);
  let text = '{';
  for (const name of keys.sort()) {
    if (text.length > 1) text += ',';
    text += JSON.stringify(name) + ':';
    text += name === key ? json : canonicalJson(record[name]);
  }

  return `${text}}`;
}

// Thrown when a copy with sorted keys would not print as `walkedJson` does.
const UNSORTABLE = Symbol('unsortable');

/**
 * A copy whose keys were inserted in sorted order, for the platform's
 * `JSON.stringify` to print: twice as fast as building the text here.
 * Only plain JSON values qualify, and only keys an object keeps in
 * insertion order: integer-like keys always come first, and `__proto__`
 * would set the prototype instead.
 */
function sortedCopy(value: unknown): unknown {
  if (value === null) return null;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'object':
      break;
    default:
      throw UNSORTABLE;
  }
  if (Array.isArray(value)) {
    const items = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index++) {
      if (!(index in value)) throw UNSORTABLE;
      items[index] = sortedCopy(value[index]);
    }
    return items;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) throw UNSORTABLE;
  const record = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of sortedKeys(record)) {
    if (isDigit(key.charCodeAt(0)) || key === '__proto__') throw UNSORTABLE;
    copy[key] = sortedCopy(record[key]);
  }

  return copy;
}

// Insertion sort is quadratic: a body may hold an object of many
// thousands of keys, which goes to the platform's sort instead.
const INSERTION_SORT_MAX = 32;

/**
 * The keys in the order `sort()` gives them, few keys sorted in place by
 * insertion: the platform's sort allocated more per report (43 KB of the
 * 2015 sample's 228) than any other step.
 */
function sortedKeys(record: object): string[] {
  const keys = Object.keys(record);
  if (keys.length > INSERTION_SORT_MAX) return keys.sort();
  for (let index = 1; index < keys.length; index++) {
    const key = keys[index];
    let at = index - 1;
    for (; at >= 0 && keys[at] > key; at--) keys[at + 1] = keys[at];
    keys[at + 1] = key;
  }

  return keys;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The text built key by key: what every value's hash is defined by. */
function walkedJson(value: unknown): string {
  if (Array.isArray(value)) {
    let text = '[';
    for (let index = 0; index < value.length; index++) {
      if (index > 0) text += ',';
      text += walkedJson(value[index]) ?? '';
    }
    return `${text}]`;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    let text = '{';
    for (let index = 0; index < keys.length; index++) {
      if (index > 0) text += ',';
      text +=
        JSON.stringify(keys[index]) + ':' + walkedJson(record[keys[index]]);
    }
    return `${text}}`;
  }

  return JSON.stringify(value);
}
