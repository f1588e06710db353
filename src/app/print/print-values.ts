import type { JsonSchema } from '@jsonforms/core';
import { formatDate, formatDateTime, formatNumber } from '../../core/locale';

export interface ChoiceOption {
  value: unknown;
  title: string;
}

/** The options of a single choice (`oneOf` of `const` + `title`, or enum). */
export function choiceOptions(
  schema: JsonSchema | undefined,
): ChoiceOption[] | undefined {
  if (!schema) return undefined;
  if (schema.oneOf?.every((option) => 'const' in option)) {
    return schema.oneOf.map((option) => ({
      value: option.const,
      title: option.title ?? String(option.const),
    }));
  }

  return schema.enum?.map((value) => ({ value, title: String(value) }));
}

/** A four-digit year is written 2015, never grouped as 2.015. */
function isYear(schema: JsonSchema | undefined): boolean {
  return (
    schema?.type === 'integer' &&
    (schema.minimum ?? 0) >= 1000 &&
    (schema.maximum ?? Infinity) <= 9999
  );
}

/** A stored answer as it is written on paper; '' when there is none. */
export function formatAnswer(schema: JsonSchema | undefined, value: unknown) {
  if (value === undefined || value === null || value === '') return '';
  const options = choiceOptions(schema);
  if (options) {
    return options.find((o) => o.value === value)?.title ?? String(value);
  }
  if (typeof value === 'number' && isYear(schema)) return String(value);
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value !== 'string') return JSON.stringify(value);
  if (schema?.format === 'date') return formatDate(value);
  if (schema?.format === 'date-time') return formatDateTime(value);

  return value;
}

/** Property entries of an object schema, in the order they are declared. */
export function propertiesOf(schema: JsonSchema | undefined) {
  return Object.entries(schema?.properties ?? {});
}

export function titleOf(schema: JsonSchema | undefined, key: string): string {
  return schema?.title ?? key;
}

export function box(checked: boolean): string {
  return checked ? '☑' : '☐';
}
