import {
  extractDefaults,
  hasType,
  type ArrayControlProps,
  type JsonSchema,
} from '@jsonforms/core';

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

/** Removes row `index` of the array once the person has confirmed it. */
export function removeRowIfConfirmed(
  array: ArrayControlProps,
  index: number,
  message: string,
  rowLabel: string,
): void {
  if (confirmRemoval(message, rowLabel)) {
    array.removeItems?.(array.path, [index])();
  }
}
