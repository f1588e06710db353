import { _ } from 'ajv';
import { sumKeyword, type SumRule } from './sum-rule';

/** The value of `sumEquals` on an object schema. */
export type SumEqualsRule = SumRule;

/** `sumEquals: {total, parts}`: the total property equals the sum of parts. */
export const sumEqualsKeyword = sumKeyword(
  'sumEquals',
  (sum, total, slack) => _`Math.abs(${sum} - ${total}) <= ${slack}`,
  'equal',
);
