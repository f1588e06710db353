import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createPostClient } from './http-client';

/** What the parent bench asks this load process to do. */
export interface LoadPlan {
  origin: string;
  /** A valid envelope; each request gets its own submissionId. */
  envelopeFile: string;
  mode: 'closed' | 'open';
  /** Closed loop: requests in flight at all times. */
  concurrency: number;
  /** Open loop: requests started per second. */
  rate: number;
  durationMs: number;
  maxRequests: number;
}

/** One line of JSON this process prints when done. */
export interface LoadResult {
  mode: 'closed' | 'open';
  sent: number;
  accepted: number;
  rejected: number;
  statuses: Record<string, number>;
  elapsedMs: number;
  latenciesMs: number[];
}

// A server that stops answering must not hold the bench: such requests
// count as failed (status 0) with the time they had waited.
const REQUEST_TIMEOUT_MS = 10_000;
const DRAIN_GRACE_MS = 10_000;

const plan = JSON.parse(process.argv[2] ?? '{}') as LoadPlan;
const bodyParts = splitAtSubmissionId(
  JSON.parse(readFileSync(plan.envelopeFile, 'utf8')) as object,
);
const target = new URL('/api/submissions', plan.origin);
const client = createPostClient(target, { timeoutMs: REQUEST_TIMEOUT_MS });
const result: LoadResult = {
  mode: plan.mode,
  sent: 0,
  accepted: 0,
  rejected: 0,
  statuses: {},
  elapsedMs: 0,
  latenciesMs: [],
};

/**
 * The envelope serialised once, in two pieces around its submissionId:
 * this process shares the cores with the server, and serialising the
 * whole report again for every request only measures the load generator.
 * The server still reads, checks and stores every body in full.
 */
function splitAtSubmissionId(template: object): [Buffer, Buffer] {
  const marker = '00000000-0000-4000-8000-000000000000';
  const text = JSON.stringify({ ...template, submissionId: marker });
  const [head, tail, extra] = text.split(marker);
  if (tail === undefined || extra !== undefined) {
    throw new Error('the sample envelope must hold the marker id once');
  }

  return [Buffer.from(head), Buffer.from(tail)];
}

function post(): Promise<number> {
  const [head, tail] = bodyParts;
  const id = Buffer.from(randomUUID(), 'latin1');
  result.sent += 1;

  return client.post(Buffer.concat([head, id, tail]));
}

function record(status: number, latency: number): void {
  result.statuses[status] = (result.statuses[status] ?? 0) + 1;
  if (status >= 200 && status < 300) result.accepted += 1;
  else result.rejected += 1;
  result.latenciesMs.push(latency);
}

async function closedLoop(started: number): Promise<void> {
  const worker = async () => {
    while (
      Date.now() - started < plan.durationMs &&
      result.sent < plan.maxRequests
    ) {
      const begin = performance.now();
      const status = await post();
      record(status, performance.now() - begin);
    }
  };
  await Promise.all(Array.from({ length: plan.concurrency }, worker));
}

// Latency counts from when a request was due, not when it left, so a server
// that falls behind cannot hide its queue (no coordinated omission).
async function openLoop(): Promise<void> {
  const origin = performance.now();
  const total = Math.min(
    plan.maxRequests,
    Math.floor((plan.rate * plan.durationMs) / 1000),
  );
  const inFlight = new Set<number>();
  let next = 0;
  while (next < total) {
    const now = performance.now() - origin;
    while (next < total && (next * 1000) / plan.rate <= now) {
      const due = origin + (next * 1000) / plan.rate;
      inFlight.add(due);
      void post().then((status) => {
        if (inFlight.delete(due)) record(status, performance.now() - due);
      });
      next += 1;
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  const drainUntil = performance.now() + DRAIN_GRACE_MS;
  while (inFlight.size > 0 && performance.now() < drainUntil) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  for (const due of inFlight) record(0, performance.now() - due);
  inFlight.clear();
}

async function main(): Promise<void> {
  const started = Date.now();
  if (plan.mode === 'closed') await closedLoop(started);
  else await openLoop();
  result.elapsedMs = Date.now() - started;
  client.close();
  process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0));
}

main().catch((error: unknown) => {
  console.error(`server-load failed: ${String(error)}`);
  process.exit(1);
});
