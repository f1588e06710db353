import type { FuncKeywordDefinition, SchemaValidateFunction } from 'ajv';

/** The value of `sumEquals` on an object schema. */
export interface SumEqualsRule {
  total: string;
  parts: string[];
}

// Money and percentages are decimals: 0.1 + 0.2 must still equal 0.3.
const TOLERANCE = 1e-9;

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

const checkSum: SchemaValidateFunction = (
  rule: SumEqualsRule,
  data: unknown,
  parentSchema,
  dataCxt,
) => {
  if (typeof data !== 'object' || data === null) return true;
  const values = data as Record<string, unknown>;
  const total = values[rule.total];
  const parts = rule.parts.map((key) => values[key]).filter(isNumber);
  // Nothing to compare yet: the user has not typed the total or any part.
  if (!isNumber(total) || parts.length === 0) return true;

  const sum = parts.reduce((acc, part) => acc + part, 0);
  if (Math.abs(sum - total) <= TOLERANCE * Math.max(1, Math.abs(total))) {
    return true;
  }
  checkSum.errors = [
    {
      keyword: 'sumEquals',
      // Reported at the total so the message appears beside that field.
      instancePath: `${dataCxt?.instancePath ?? ''}/${rule.total}`,
      params: { total: rule.total, parts: rule.parts, sum, value: total },
      // Ajv's verbose mode adds no parentSchema to custom keywords' errors;
      // messages need it to name the fields.
      parentSchema,
      message: `must equal the sum of ${rule.parts.join(', ')} (${sum})`,
    },
  ];

  return false;
};

/** `sumEquals: {total, parts}`: the total property equals the sum of parts. */
export const sumEqualsKeyword: FuncKeywordDefinition = {
  keyword: 'sumEquals',
  type: 'object',
  schemaType: 'object',
  errors: true,
  metaSchema: {
    type: 'object',
    properties: {
      total: { type: 'string', minLength: 1 },
      parts: {
        type: 'array',
        minItems: 1,
        items: { type: 'string', minLength: 1 },
      },
    },
    required: ['total', 'parts'],
    additionalProperties: false,
  },
  validate: checkSum,
};
