/** How wrong admin tokens from one address are slowed and then stopped. */
export interface TokenFailurePolicy {
  /** Wrong tokens answered at once, for a typo or two. */
  freeFailures: number;
  /** Wait before answering the first slowed failure; doubles after each. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** After this many failures every request from the address gets 429. */
  lockoutAfter: number;
  /** An address is forgotten this long after its last failure. */
  windowMs: number;
  /** Addresses remembered at most; the longest-quiet is dropped first. */
  maxAddresses: number;
}

export const DEFAULT_TOKEN_FAILURE_POLICY: TokenFailurePolicy = {
  freeFailures: 3,
  firstDelayMs: 250,
  maxDelayMs: 4000,
  lockoutAfter: 20,
  windowMs: 15 * 60 * 1000,
  maxAddresses: 10_000,
};

interface Record {
  failures: number;
  lastFailure: number;
}

/**
 * Call once per server: counts wrong admin tokens per client address in
 * bounded memory, so guessing costs time and then stops for a while.
 */
export function createTokenFailures(
  policy: TokenFailurePolicy = DEFAULT_TOKEN_FAILURE_POLICY,
  clock: () => number = Date.now,
) {
  const byAddress = new Map<string, Record>();

  const current = (address: string): Record | undefined => {
    const record = byAddress.get(address);
    if (record && clock() - record.lastFailure > policy.windowMs) {
      byAddress.delete(address);
      return undefined;
    }
    return record;
  };

  return {
    isLockedOut: (address: string) =>
      (current(address)?.failures ?? 0) >= policy.lockoutAfter,

    /** Records a failure; returns how long to wait before answering. */
    fail(address: string): { failures: number; delayMs: number } {
      const failures = (current(address)?.failures ?? 0) + 1;
      // Re-inserting keeps the Map ordered from longest-quiet to latest.
      byAddress.delete(address);
      byAddress.set(address, { failures, lastFailure: clock() });
      if (byAddress.size > policy.maxAddresses) {
        byAddress.delete(byAddress.keys().next().value as string);
      }
      const slowed = failures - policy.freeFailures;
      const delayMs =
        slowed <= 0
          ? 0
          : Math.min(
              policy.firstDelayMs * 2 ** (slowed - 1),
              policy.maxDelayMs,
            );
      return { failures, delayMs };
    },

    succeed: (address: string) => byAddress.delete(address),
    size: () => byAddress.size,
  };
}
