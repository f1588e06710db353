import { afterEach } from 'vitest';
import { openSqliteStore } from '../../src/server/storage/sqlite';
import type { SubmissionStore } from '../../src/server/storage/types';
import { tempDir } from './temp-dir';

const open: SubmissionStore[] = [];

/** A SQLite store in `dir` (a fresh folder if none), closed after each test. */
export function openStore(dir = tempDir()): SubmissionStore {
  const store = openSqliteStore(dir);
  open.push(store);
  return store;
}

afterEach(async () => {
  for (const store of open.splice(0)) await store.close().catch(() => {});
});
