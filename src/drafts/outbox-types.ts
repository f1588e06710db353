/** The part of a submission envelope the outbox relies on. */
export interface OutboxEnvelope {
  submissionId: string;
  formId: string;
  formVersion: string;
  [key: string]: unknown;
}

/** One report waiting to reach the office, kept until the server answers. */
export interface OutboxItem {
  submissionId: string;
  draftId: string;
  envelope: OutboxEnvelope;
  queuedAt: string;
  /** Failed tries so far; drives the backoff. */
  attempts: number;
  /** Epoch milliseconds before which the sender leaves it alone. */
  nextAttemptAt: number;
  state: 'waiting' | 'failed';
  /** Last network or server problem, in Vietnamese, for the user. */
  lastError?: string;
  /** The server's own messages when it refused the report (4xx). */
  errors?: string[];
}
