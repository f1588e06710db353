import { extractDefaults, hasType, type JsonSchema } from '@jsonforms/core';

/** A fresh table row: the item's declared defaults and nothing invented. */
export function newRow(itemSchema: JsonSchema, rootSchema: JsonSchema) {
  return hasType(itemSchema, 'object')
    ? (extractDefaults(itemSchema, rootSchema) ?? {})
    : itemSchema.default;
}

/**
 * Asks before a row goes, naming the row, because a removed row cannot be
 * brought back from the form.
 */
export function confirmRemoval(message: string, rowLabel: string): boolean {
  return window.confirm(`${rowLabel}: ${message}`);
}
