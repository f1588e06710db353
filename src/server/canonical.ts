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
    let text = '{';
    for (const key of Object.keys(record).sort()) {
      if (text.length > 1) text += ',';
      text += `${JSON.stringify(key)}:${canonicalJson(record[key])}`;
    }
    return `${text}}`;
  }

  return JSON.stringify(value);
}

/** Hex SHA-256 of the canonical JSON of `value`. */
export function canonicalHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
