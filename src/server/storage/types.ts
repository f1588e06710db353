/** What the server answers once a report is safely stored. */
export interface Receipt {
  submissionId: string;
  /** ISO 8601 instant the server first stored the report. */
  receivedAt: string;
  formId: string;
  formVersion: string;
  replaces?: string;
}

/** A report ready to store: checked, normalised, summarised. */
export interface NewSubmission {
  submissionId: string;
  formId: string;
  formVersion: string;
  schemaId: string;
  /** Report year and agency, read through the version's summary pointers. */
  year?: string;
  agency?: string;
  /** Hash of the canonical body; decides duplicate versus conflict. */
  bodyHash: string;
  /** The whole normalised envelope as JSON text. */
  bodyJson: string;
  replaces?: string;
  receivedAt: string;
}

/** One row of the office's list: no answers, only what identifies it. */
export interface SubmissionSummary extends Receipt {
  schemaId: string;
  year?: string;
  agency?: string;
}

export interface StoredSubmission extends SubmissionSummary {
  bodyHash: string;
  bodyJson: string;
}

export interface SubmissionFilter {
  formId?: string;
  formVersion?: string;
  year?: string;
  agency?: string;
  /** Oldest first; `limit` rows (all when absent) from `offset`. */
  limit?: number;
  offset?: number;
}

/** The result of `put`: `created` is false when it was already stored. */
export interface PutResult {
  receipt: Receipt;
  created: boolean;
}

/**
 * Where reports live. `put` is idempotent by submissionId: the same body
 * again returns the original receipt, a different body throws
 * `SubmissionConflictError`, an unknown `replaces` throws
 * `UnknownReplacedSubmissionError`. It resolves only once the report is
 * durable, so a receipt is never sent for a report that could be lost.
 */
export interface SubmissionStore {
  put(submission: NewSubmission): Promise<PutResult>;
  get(submissionId: string): Promise<StoredSubmission | undefined>;
  list(filter: SubmissionFilter): Promise<SubmissionSummary[]>;
  /** Cheap round trip for health checks. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
