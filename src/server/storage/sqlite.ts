import type Database from 'better-sqlite3';
import { createGroupCommit } from './group-commit';
import { openDatabase } from './open-database';
import { SUMMARY_COLUMNS, toSummary, type Row, type SummaryRow } from './rows';
import type {
  NewSubmission,
  PutResult,
  SubmissionFilter,
  SubmissionStore,
} from './types';
import { startWriterThread } from './writer-thread';

/**
 * Call once at server start: opens (creating if needed) `submissions.db`
 * in `dataDir`. `synchronous=FULL` makes every commit reach the disk
 * before its receipt is sent, so a receipt survives a power cut too.
 * Reports arriving together share one commit (group commit), written by
 * a thread of its own; each is checked for duplicates and conflicts in
 * arrival order, inside that commit.
 */
export function openSqliteStore(dataDir: string): SubmissionStore {
  const db = openDatabase(dataDir);
  const writer = startWriterThread(dataDir);
  const commits = createGroupCommit<NewSubmission, PutResult>((batch) =>
    writer.commit(batch),
  );
  const selectOne = db.prepare<[string], Row>(
    'SELECT * FROM submissions WHERE id = ?',
  );

  return {
    put: (submission) => commits.enqueue(submission),
    get: async (id) => {
      const row = selectOne.get(id);
      return (
        row && {
          ...toSummary(row),
          bodyHash: row.body_hash,
          bodyJson: row.body_json,
        }
      );
    },
    list: async (filter) => listRows(db, filter).map(toSummary),
    ping: async () => {
      db.prepare('SELECT 1').get();
    },
    close: async () => {
      await commits.drain();
      await writer.close();
      db.close();
    },
  };
}

function listRows(
  db: Database.Database,
  filter: SubmissionFilter,
): SummaryRow[] {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  for (const [key, column] of FILTER_COLUMNS) {
    const value = filter[key];
    if (value === undefined) continue;
    where.push(`${column} = @${key}`);
    params[key] = value;
  }
  // SQLite reads a negative LIMIT as "no limit".
  params.limit = filter.limit ?? -1;
  params.offset = filter.offset ?? 0;
  const sql =
    `SELECT ${SUMMARY_COLUMNS} FROM submissions` +
    (where.length ? ` WHERE ${where.join(' AND ')}` : '') +
    ' ORDER BY received_at, rowid LIMIT @limit OFFSET @offset';

  return db
    .prepare<Record<string, string | number>, SummaryRow>(sql)
    .all(params);
}

const FILTER_COLUMNS = [
  ['formId', 'form_id'],
  ['formVersion', 'form_version'],
  ['year', 'year'],
  ['agency', 'agency'],
] as const;
