import type { FuncKeywordDefinition, SchemaValidateFunction } from 'ajv';

/** The value of a sum keyword (`sumEquals`, `sumAtMost`) on an object schema. */
export interface SumRule {
  total: string;
  parts: string[];
}

/** How the sum of the parts must compare with the total. */
export type SumComparison = (sum: number, total: number) => boolean;

// Money and percentages are decimals: 0.1 + 0.2 must still equal 0.3.
const TOLERANCE = 1e-9;

/** Slack allowed around a total when comparing it with a sum of decimals. */
export const slackFor = (total: number): number =>
  TOLERANCE * Math.max(1, Math.abs(total));

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

function sumValidator(
  keyword: string,
  holds: SumComparison,
  relation: string,
): SchemaValidateFunction {
  const check: SchemaValidateFunction = (
    rule: SumRule,
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
    if (holds(sum, total)) return true;
    check.errors = [
      {
        keyword,
        // Reported at the total so the message appears beside that field.
        instancePath: `${dataCxt?.instancePath ?? ''}/${rule.total}`,
        params: { total: rule.total, parts: rule.parts, sum, value: total },
        // Ajv's verbose mode adds no parentSchema to custom keywords' errors;
        // messages need it to name the fields.
        parentSchema,
        message: `must ${relation} the sum of ${rule.parts.join(', ')} (${sum})`,
      },
    ];

    return false;
  };

  return check;
}

/**
 * Build an Ajv keyword `{total, parts}` on an object schema that compares the
 * sum of the typed parts with the typed total; call it once per keyword.
 */
export function sumKeyword(
  keyword: string,
  holds: SumComparison,
  relation: string,
): FuncKeywordDefinition {
  return {
    keyword,
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
    validate: sumValidator(keyword, holds, relation),
  };
}

/** Names of the keywords that compare a total with the sum of its parts. */
export const SUM_KEYWORDS = ['sumEquals', 'sumAtMost'] as const;
