import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadPlan, LoadResult } from './server-load';

/** Server figures for the report: throughput and open-loop tail latency. */
export interface ServerFigures {
  closed: LoadResult;
  open: LoadResult;
  acceptedPerSecond: number;
}

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
 * process, closed loop first (throughput), then open loop at 500/s.
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
  const closed = await runLoad(repoDir, {
    ...base,
    mode: 'closed',
    durationMs: short ? 3_000 : 10_000,
    maxRequests: short ? 20_000 : 100_000,
  });
  const open = await runLoad(repoDir, {
    ...base,
    mode: 'open',
    durationMs: short ? 3_000 : 10_000,
    maxRequests: 5_000,
  });

  return {
    closed,
    open,
    acceptedPerSecond: (closed.accepted * 1000) / closed.elapsedMs,
  };
}
