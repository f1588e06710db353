import { createHash } from 'node:crypto';

/**
 * JSON text with object keys sorted at every level, so two bodies that
 * differ only in key order or whitespace give the same text. Call it on
 * values already checked by `checkJsonShape` (bounded depth).
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    let text = '[';
    for (let index = 0; index < value.length; index++) {
      if (index > 0) text += ',';
      text += canonicalJson(value[index]) ?? '';
    }
    return `${text}]`;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    let text = '{';
    for (let index = 0; index < keys.length; index++) {
      if (index > 0) text += ',';
      text += quotedKey(keys[index]) + canonicalJson(record[keys[index]]);
    }
    return `${text}}`;
  }

  return JSON.stringify(value);
}

// Every report repeats the same few hundred keys: quote each once. Only
// short keys, and only so many, so a hostile body cannot grow the cache.
const quotedKeys = new Map<string, string>();

function quotedKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = `${JSON.stringify(key)}:`;
    if (key.length <= 64 && quotedKeys.size < 5000) {
      quotedKeys.set(key, quoted);
    }
  }

  return quoted;
}

/** Hex SHA-256 of the canonical JSON of `value`. */
export function canonicalHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
