/** Names of the keywords that compare a total with the sum of its parts. */
export const SUM_KEYWORDS = ['sumEquals', 'sumAtMost'] as const;
