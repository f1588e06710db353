import {
  _,
  str,
  stringify,
  type Code,
  type CodeKeywordDefinition,
  type KeywordCxt,
  type Name,
} from 'ajv';

/** The value of a sum keyword (`sumEquals`, `sumAtMost`) on an object schema. */
export interface SumRule {
  total: string;
  parts: string[];
}

/**
 * The generated test that the sum of the parts compares rightly with the
 * total; `slack` is the room allowed for decimals.
 */
export type SumComparison = (sum: Name, total: Name, slack: Code) => Code;

// Money and percentages are decimals: 0.1 + 0.2 must still equal 0.3.
const TOLERANCE = 1e-9;

const isNumber = (value: Name) =>
  _`typeof ${value} == "number" && isFinite(${value})`;

/**
 * Build an Ajv keyword `{total, parts}` on an object schema that compares the
 * sum of the typed parts with the typed total; call it once per keyword.
 * It generates code rather than calling a function, so a validator made
 * ahead of time (Ajv's standalone code) carries it with no runtime library.
 */
export function sumKeyword(
  keyword: string,
  holds: SumComparison,
  relation: string,
): CodeKeywordDefinition {
  return {
    keyword,
    type: 'object',
    schemaType: 'object',
    error: {
      message: ({ schema, params }) => {
        const parts = (schema as SumRule).parts.join(', ');
        return str`must ${relation} the sum of ${parts} (${params.sum ?? ''})`;
      },
      params: ({ schema, params }) => {
        const { total, parts } = schema as SumRule;
        const found = _`sum: ${params.sum ?? 0}, value: ${params.value ?? 0}`;
        return _`{total: ${total}, parts: ${stringify(parts)}, ${found}}`;
      },
    },
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
    code(cxt: KeywordCxt) {
      const { gen, data } = cxt;
      const rule = cxt.schema as SumRule;
      const total = gen.const('total', _`${data}[${rule.total}]`);
      const sum = gen.let('sum', 0);
      const counted = gen.let('counted', 0);
      for (const key of rule.parts) {
        const part = gen.const('part', _`${data}[${key}]`);
        gen.if(isNumber(part), () => {
          gen.assign(sum, _`${sum} + ${part}`);
          gen.assign(counted, _`${counted} + 1`);
        });
      }
      const slack = _`${TOLERANCE} * Math.max(1, Math.abs(${total}))`;
      // Nothing to compare yet: the user has not typed the total or any part.
      const compared = _`${counted} > 0 && !(${holds(sum, total, slack)})`;
      const broken = _`${isNumber(total)} && ${compared}`;
      // Reported at the total so the message appears beside that field.
      // Ajv escapes a plain key given as the path (its type says Code).
      const atTotal = { instancePath: rule.total as unknown as Code };
      gen.if(broken, () => cxt.error(false, { sum, value: total }, atTotal));
    },
  };
}
