import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  SubmissionConflictError,
  UnknownReplacedSubmissionError,
} from '../errors';
import { createGroupCommit, type Settled } from './group-commit';
import { migrate } from './migrations';
import type {
  NewSubmission,
  PutResult,
  Receipt,
  StoredSubmission,
  SubmissionFilter,
  SubmissionStore,
  SubmissionSummary,
} from './types';

interface SummaryRow {
  id: string;
  form_id: string;
  form_version: string;
  schema_id: string;
  year: string | null;
  agency: string | null;
  received_at: string;
  replaces: string | null;
}

interface Row extends SummaryRow {
  body_hash: string;
  body_json: string;
}

const SUMMARY_COLUMNS =
  'id, form_id, form_version, schema_id, year, agency, received_at, replaces';

/**
 * Call once at server start: opens (creating if needed) `submissions.db`
 * in `dataDir`. `synchronous=FULL` makes every commit reach the disk
 * before its receipt is sent, so a receipt survives a power cut too.
 * Reports arriving together share one commit (group commit); each is
 * checked for duplicates and conflicts in arrival order, inside it.
 */
export function openSqliteStore(dataDir: string): SubmissionStore {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, 'submissions.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const selectOne = db.prepare<[string], Row>(
    'SELECT * FROM submissions WHERE id = ?',
  );
  // Without the body: deciding duplicate or conflict needs only the hash.
  const selectKnown = db.prepare<[string], SummaryRow & { body_hash: string }>(
    `SELECT ${SUMMARY_COLUMNS}, body_hash FROM submissions WHERE id = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO submissions (${SUMMARY_COLUMNS}, body_hash, body_json)
     VALUES (@submissionId, @formId, @formVersion, @schemaId, @year,
             @agency, @receivedAt, @replaces, @bodyHash, @bodyJson)`,
  );
  // Runs inside the batch's transaction. A refusal throws before writing;
  // a failed INSERT is undone by SQLite itself, statement by statement.
  const putOne = (s: NewSubmission): PutResult => {
    const existing = selectKnown.get(s.submissionId);
    if (existing) {
      if (existing.body_hash !== s.bodyHash) {
        throw new SubmissionConflictError(s.submissionId);
      }
      return { receipt: toReceipt(existing), created: false };
    }
    if (s.replaces !== undefined) checkReplaced(s, selectKnown.get(s.replaces));
    insert.run({
      ...s,
      year: s.year ?? null,
      agency: s.agency ?? null,
      replaces: s.replaces ?? null,
    });

    return { receipt: receiptOf(s), created: true };
  };
  const putBatch = db.transaction((batch: NewSubmission[]) =>
    batch.map((s): Settled<PutResult> => {
      try {
        return { ok: true, value: putOne(s) };
      } catch (error) {
        return { ok: false, error };
      }
    }),
  );
  const commits = createGroupCommit((batch: NewSubmission[]) =>
    putBatch.immediate(batch),
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
      commits.flush();
      db.close();
    },
  };
}

function checkReplaced(
  s: NewSubmission,
  replaced: SummaryRow | undefined,
): void {
  const replaces = s.replaces!;
  if (!replaced) throw new UnknownReplacedSubmissionError(replaces);
  if (replaced.form_id !== s.formId) {
    throw new UnknownReplacedSubmissionError(
      replaces,
      `Báo cáo "${replaces}" thuộc biểu mẫu "${replaced.form_id}", không ` +
        `phải "${s.formId}": bản sửa phải cùng biểu mẫu với báo cáo gốc.`,
    );
  }
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

/** The receipt of a report just inserted: the row holds exactly these. */
function receiptOf(s: NewSubmission): Receipt {
  return {
    submissionId: s.submissionId,
    receivedAt: s.receivedAt,
    formId: s.formId,
    formVersion: s.formVersion,
    ...(s.replaces !== undefined && { replaces: s.replaces }),
  };
}

function toReceipt(row: SummaryRow): Receipt {
  return {
    submissionId: row.id,
    receivedAt: row.received_at,
    formId: row.form_id,
    formVersion: row.form_version,
    ...(row.replaces !== null && { replaces: row.replaces }),
  };
}

function toSummary(row: SummaryRow): SubmissionSummary {
  return {
    ...toReceipt(row),
    schemaId: row.schema_id,
    ...(row.year !== null && { year: row.year }),
    ...(row.agency !== null && { agency: row.agency }),
  };
}
