import { appStrings } from '../i18n/strings';

/** The envelope fields the office view reads. */
export interface StoredEnvelope {
  submissionId: string;
  formId: string;
  formVersion: string;
  answers: unknown;
  submittedAt?: string;
  replaces?: string;
}

/** What the server says about when it stored the report. */
export interface StoredReceipt {
  receivedAt?: string;
  agency?: string;
  year?: string;
}

/** Thrown when `GET /api/submissions/:id` answers with something unusable. */
export class UnreadableSubmissionError extends Error {
  constructor() {
    super(appStrings().office.unreadableReport);
    this.name = 'UnreadableSubmissionError';
  }
}

/**
 * Call on the body of `GET /api/submissions/:id`: accepts the envelope alone
 * or `{ envelope, …receipt }`, and checks the fields the view relies on.
 */
export function readStoredSubmission(body: unknown): {
  envelope: StoredEnvelope;
  receipt: StoredReceipt;
} {
  if (!isRecord(body)) throw new UnreadableSubmissionError();
  const envelope = isRecord(body.envelope) ? body.envelope : body;
  const { formId, formVersion, submissionId } = envelope;
  if (
    typeof formId !== 'string' ||
    typeof formVersion !== 'string' ||
    typeof submissionId !== 'string'
  ) {
    throw new UnreadableSubmissionError();
  }

  return {
    envelope: envelope as unknown as StoredEnvelope,
    receipt: body as StoredReceipt,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
