import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';

/**
 * Call to open `submissions.db` in `dataDir` (creating both if needed)
 * the way every connection of the server must: WAL, `synchronous=FULL`
 * so a commit is on disk before its receipt is sent, and a busy timeout
 * for the moments another connection holds the write lock.
 */
export function openDatabase(
  dataDir: string,
  { migrateSchema = true } = {},
): Database.Database {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, 'submissions.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  if (migrateSchema) migrate(db);

  return db;
}
