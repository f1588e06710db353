import type Database from 'better-sqlite3';
import {
  SubmissionConflictError,
  UnknownReplacedSubmissionError,
} from '../errors';
import type { Settled } from './group-commit';
import { SUMMARY_COLUMNS, toReceipt, type SummaryRow } from './rows';
import type { NewSubmission, PutResult, Receipt } from './types';

type KnownRow = SummaryRow & { body_hash: string };

/**
 * Call once per writing connection: gives a function that stores a batch
 * of reports in one immediate transaction, each checked in order against
 * what is stored (and what came before it in the batch): a duplicate gets
 * its first receipt, a conflict or an unknown `replaces` its own error.
 * It throws only when the transaction itself fails.
 */
export function createBatchWriter(db: Database.Database) {
  // Without the body: deciding duplicate or conflict needs only the hash.
  const selectKnown = db.prepare<[string], KnownRow>(
    `SELECT ${SUMMARY_COLUMNS}, body_hash FROM submissions WHERE id = ?`,
  );
  // A stored id inserts nothing: the insert is the lookup, and only a
  // retry, the rare case, reads the row it met.
  const insert = db.prepare(
    `INSERT INTO submissions (${SUMMARY_COLUMNS}, body_hash, body_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  );

  // A refusal throws before writing; a failed INSERT is undone by SQLite
  // itself, statement by statement, leaving the rest of the batch intact.
  const putOne = (s: NewSubmission): PutResult => {
    if (s.replaces !== undefined) {
      const known = selectKnown.get(s.submissionId);
      if (known) return storedAlready(s, known);
      checkReplaced(s, selectKnown.get(s.replaces));
    }
    const { changes } = insert.run(
      s.submissionId,
      s.formId,
      s.formVersion,
      s.schemaId,
      s.year ?? null,
      s.agency ?? null,
      s.receivedAt,
      s.replaces ?? null,
      s.bodyHash,
      s.bodyJson,
    );
    if (changes === 0) return storedAlready(s, selectKnown.get(s.submissionId));

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

  return (batch: NewSubmission[]) => putBatch.immediate(batch);
}

/** A retry gets its first receipt; other content under its id, 409. */
function storedAlready(s: NewSubmission, known: KnownRow | undefined) {
  if (!known) throw new Error(`Không đọc lại được báo cáo ${s.submissionId}.`);
  if (known.body_hash !== s.bodyHash) {
    throw new SubmissionConflictError(s.submissionId);
  }

  return { receipt: toReceipt(known), created: false };
}

function checkReplaced(s: NewSubmission, replaced: SummaryRow | undefined) {
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
