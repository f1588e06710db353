const FIRST_DELAY_MS = 5_000;
const LONGEST_DELAY_MS = 15 * 60_000;

/**
 * How long to wait before the next try after `attempts` failures: doubling
 * from 5 s up to 15 min, with jitter so offices that come back online at
 * the same moment do not all hit the server together.
 */
export function backoffDelay(
  attempts: number,
  random: () => number = Math.random,
): number {
  const doubled = FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1);
  const capped = Math.min(doubled, LONGEST_DELAY_MS);

  return Math.round(capped * (0.5 + random() / 2));
}

/** Network trouble, overload and timeouts pass; other 4xx answers do not. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}
