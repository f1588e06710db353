import { Worker } from 'node:worker_threads';
import type { Settled } from './group-commit';
import type { NewSubmission, PutResult } from './types';
import { fromWire, type WriterReply } from './writer-wire';

interface Pending {
  resolve: (results: Settled<PutResult>[]) => void;
  reject: (error: Error) => void;
}

// The writer is TypeScript, read through tsx like the rest of the server,
// but a thread does not inherit the loader its process was started with:
// the thread registers tsx itself before importing the writer.
function writerBootstrap(): string {
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(
    new URL('./sqlite-writer.ts', import.meta.url).href,
  );

  return `import(${tsx}).then((tsx) => { tsx.register(); return import(${entry}); });`;
}

/**
 * Call once per store, after the schema is migrated: starts the thread
 * that writes batches to `submissions.db` in `dataDir`. `commit` resolves
 * with one result per report once the batch is on disk.
 */
export function startWriterThread(dataDir: string) {
  const worker = new Worker(writerBootstrap(), {
    eval: true,
    workerData: { dataDir },
  });
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let stopped: Error | undefined;

  const failAll = (error: Error) => {
    stopped ??= error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on('message', (reply: WriterReply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (!waiting) return;
    if ('failure' in reply) waiting.reject(new Error(reply.failure));
    else waiting.resolve(reply.results.map(fromWire));
  });
  worker.on('error', failAll);
  worker.on('exit', (code) =>
    failAll(new Error(`Luồng ghi cơ sở dữ liệu đã dừng (mã ${code}).`)),
  );

  return {
    commit(batch: NewSubmission[]): Promise<Settled<PutResult>[]> {
      if (stopped) return Promise.reject(stopped);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, batch });
      });
    },
    async close(): Promise<void> {
      failAll(new Error('Kho báo cáo đã đóng; hãy gửi lại sau.'));
      await worker.terminate();
    },
  };
}
