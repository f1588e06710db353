import { _ } from 'ajv';
import { sumKeyword } from './sum-rule';

/**
 * `sumAtMost: {total, parts}`: the parts add up to no more than the total,
 * for breakdowns that need not cover all of it (spending by kind, say).
 */
export const sumAtMostKeyword = sumKeyword(
  'sumAtMost',
  (sum, total, slack) => _`${sum} <= ${total} + ${slack}`,
  'not exceed',
);
