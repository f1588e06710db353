import type { SchemaNode } from '../core/definition/schema-path';

/** The printed title of a choice, or the stored value when it has none. */
function optionTitle(schema: SchemaNode | undefined, value: unknown): string {
  const options = (schema?.oneOf ?? schema?.anyOf) as SchemaNode[] | undefined;
  const option = options?.find((o) => o.const === value);
  return typeof option?.title === 'string' ? option.title : scalarText(value);
}

/** Numbers with a decimal comma, as a Vietnamese spreadsheet reads them. */
function scalarText(value: unknown): string {
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'string') return value;
  return value === undefined || value === null ? '' : JSON.stringify(value);
}

/**
 * Call for one answer cell of the office CSV: choices by their printed
 * titles, a multi-choice list joined with "; ", dates as dd/mm/yyyy.
 */
export function answerText(
  schema: SchemaNode | undefined,
  value: unknown,
): string {
  if (Array.isArray(value)) {
    const items = schema?.items as SchemaNode | undefined;
    return value.map((item) => answerText(items, item)).join('; ');
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
  if (schema?.format === 'date' && typeof value === 'string' && date) {
    return `${date[3]}/${date[2]}/${date[1]}`;
  }

  return optionTitle(schema, value);
}
