import { slackFor, sumKeyword } from './sum-rule';

/**
 * `sumAtMost: {total, parts}`: the parts add up to no more than the total,
 * for breakdowns that need not cover all of it (spending by kind, say).
 */
export const sumAtMostKeyword = sumKeyword(
  'sumAtMost',
  (sum, total) => sum <= total + slackFor(total),
  'not exceed',
);
