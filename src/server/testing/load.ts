import { sendReport, type SendOptions, type SendOutcome } from './send-report';

/** Runs `work` on every item with at most `concurrency` at once. */
export async function runPool<T, R>(
  items: T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));

  return results;
}

export interface Throughput {
  sent: number;
  acknowledged: number;
  elapsedMs: number;
  perSecond: number;
  outcomes: SendOutcome[];
}

/**
 * Call from a benchmark with a running server: sends every envelope (with
 * the outbox's retries) and reports acknowledged reports per second.
 */
export async function measureThroughput(
  baseUrl: string,
  envelopes: unknown[],
  concurrency = 8,
  options: SendOptions = {},
): Promise<Throughput> {
  const started = performance.now();
  const outcomes = await runPool(envelopes, concurrency, (envelope) =>
    sendReport(baseUrl, envelope, options),
  );
  const elapsedMs = performance.now() - started;
  const acknowledged = outcomes.filter(
    (o) => o.status === 201 || o.status === 200,
  ).length;

  return {
    sent: envelopes.length,
    acknowledged,
    elapsedMs,
    perSecond: acknowledged / (elapsedMs / 1000),
    outcomes,
  };
}
