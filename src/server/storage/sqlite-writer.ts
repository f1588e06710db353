import { parentPort, workerData } from 'node:worker_threads';
import { createBatchWriter } from './batch-writes';
import { retryWhileBusy } from './busy-retry';
import { openDatabase } from './open-database';
import type { NewSubmission } from './types';
import { toWire, type WriterReply } from './writer-wire';

// The writer thread: owns the connection that writes, so the wait for a
// commit to reach the disk never holds up the server's event loop.
const db = openDatabase((workerData as { dataDir: string }).dataDir, {
  migrateSchema: false,
});
db.pragma('busy_timeout = 0');
const writeBatch = retryWhileBusy(createBatchWriter(db));

parentPort!.on('message', (message: { id: number; batch: NewSubmission[] }) => {
  const { id, batch } = message;
  let reply: WriterReply;
  try {
    const results = writeBatch(batch);
    reply = { id, results: results.map((r, i) => toWire(r, batch[i])) };
  } catch (error) {
    reply = {
      id,
      failure: error instanceof Error ? error.message : String(error),
    };
  }
  parentPort!.postMessage(reply);
});
