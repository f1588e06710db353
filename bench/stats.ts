/** Median and 95th percentile of one figure over the runs. */
export interface Summary {
  median: number;
  p95: number;
  runs: number;
  /**
   * With no run measured, the least the figure was shown to be (a page
   * that had not painted after this long), if known.
   */
  atLeast?: number;
}

/** Call with any number of samples; nearest-rank percentiles, no smoothing. */
export function percentile(samples: number[], fraction: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(fraction * sorted.length) - 1;

  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

/** Call to summarise the samples of one figure for the report table. */
export function summarise(samples: number[]): Summary {
  const valid = samples.filter((value) => Number.isFinite(value));

  return {
    median: percentile(valid, 0.5),
    p95: percentile(valid, 0.95),
    runs: valid.length,
  };
}
