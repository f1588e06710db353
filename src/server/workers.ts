import cluster from 'node:cluster';
import os from 'node:os';
import { ConfigError, type ServerConfig } from './config';
import { openSqliteStore } from './storage/sqlite';

/**
 * How many server processes to run, from `BIEU_MAU_WORKERS` (1–16; by
 * default one per core, at most 2). One process spends most of its time
 * parsing and validating reports, so a second core roughly doubles the
 * reports stored per second; SQLite serialises their commits.
 */
export function readWorkerCount(env: Record<string, string | undefined>) {
  const raw = env.BIEU_MAU_WORKERS?.trim();
  if (!raw) return Math.min(2, os.availableParallelism());
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > 16) {
    throw new ConfigError([
      `BIEU_MAU_WORKERS="${raw}": cần một số nguyên từ 1 đến 16 (số tiến ` +
        'trình máy chủ; để trống thì dùng mỗi lõi một tiến trình, tối đa 2).',
    ]);
  }

  return count;
}

/**
 * Call in the primary process instead of listening: prepares the database
 * once (so workers never race to create it), then runs `count` workers
 * that share the port, replacing any that dies. A worker whose primary is
 * gone exits by itself, so killing the primary stops them all.
 */
export async function runWorkers(
  config: ServerConfig,
  count: number,
): Promise<void> {
  await openSqliteStore(config.dataDir).close();
  let stopping = false;
  const listening = new Set<number>();
  cluster.on('listening', (worker) => listening.add(worker.id));
  for (let i = 0; i < count; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    // One that never listened hit a start-up problem it has printed
    // (a port in use, an unreadable data folder): a new one would too.
    if (!listening.has(worker.id)) return stopAll(code ?? 1);
    console.error(
      `Tiến trình máy chủ ${worker.process.pid} dừng (${signal ?? code}); ` +
        'đang chạy tiến trình thay thế.',
    );
    cluster.fork();
  });
  function stopAll(exitCode: number, signal: NodeJS.Signals = 'SIGTERM') {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(exitCode);
    for (const worker of workers) worker?.process.kill(signal);
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        process.exit(exitCode);
      }
    });
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => stopAll(0, signal));
  }
}
