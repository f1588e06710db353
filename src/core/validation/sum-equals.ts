import { slackFor, sumKeyword, type SumRule } from './sum-rule';

/** The value of `sumEquals` on an object schema. */
export type SumEqualsRule = SumRule;

/** `sumEquals: {total, parts}`: the total property equals the sum of parts. */
export const sumEqualsKeyword = sumKeyword(
  'sumEquals',
  (sum, total) => Math.abs(sum - total) <= slackFor(total),
  'equal',
);
