import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadPlan, LoadResult } from './server-load';

/** Server figures for the report: throughput and open-loop tail latency. */
export interface ServerFigures {
  /** The closed-loop rounds after the warm-up, in the order they ran. */
  closed: LoadResult[];
  open: LoadResult;
  /** One rate per closed-loop round. */
  acceptedPerSecond: number[];
}

// The machines are shared and one short round can land on a busy moment,
// so throughput is the median of a few rounds. The first second of load is
// not counted: it is the server's JIT warming up on the request path.
const WARM_UP_MS = 1_000;

function runLoad(repoDir: string, plan: LoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'bench/server-load.ts', JSON.stringify(plan)],
      { cwd: repoDir, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      if (code === 0) resolve(JSON.parse(output) as LoadResult);
      else reject(new Error(`server-load exited with code ${code}`));
    });
  });
}

/**
 * Call with a running server and one valid envelope: loads it from a second
 * process: a warm-up, closed-loop rounds (throughput), then an open loop
 * at 500/s (tail latency).
 */
export async function measureServer(
  repoDir: string,
  workDir: string,
  origin: string,
  envelope: object,
  short: boolean,
): Promise<ServerFigures> {
  const envelopeFile = join(workDir, 'envelope.json');
  await writeFile(envelopeFile, JSON.stringify(envelope));
  const base = { origin, envelopeFile, rate: 500, concurrency: 16 };
  const closedLoop = (durationMs: number) =>
    runLoad(repoDir, {
      ...base,
      mode: 'closed',
      durationMs,
      maxRequests: 100_000,
    });
  await closedLoop(WARM_UP_MS);
  const closed: LoadResult[] = [];
  for (let round = 0; round < (short ? 3 : 5); round += 1) {
    closed.push(await closedLoop(short ? 3_000 : 10_000));
  }
  const open = await runLoad(repoDir, {
    ...base,
    mode: 'open',
    durationMs: short ? 3_000 : 10_000,
    maxRequests: 5_000,
  });

  return {
    closed,
    open,
    acceptedPerSecond: closed.map(
      (round) => (round.accepted * 1000) / round.elapsedMs,
    ),
  };
}
