import {
  SubmissionConflictError,
  UnknownReplacedSubmissionError,
} from '../errors';
import type { Settled } from './group-commit';
import type { NewSubmission, PutResult } from './types';

/** A refusal as it crosses from the writer thread: errors lose their class. */
export type WireError =
  | { kind: 'conflict'; submissionId: string }
  | { kind: 'unknown-replaced'; replaces: string; message: string }
  | { kind: 'failed'; message: string };

export type WireResult =
  { ok: true; value: PutResult } | { ok: false; error: WireError };

/** What the writer thread answers for one batch. */
export type WriterReply =
  { id: number; results: WireResult[] } | { id: number; failure: string };

/** In the writer thread: the result for `submission`, made cloneable. */
export function toWire(
  result: Settled<PutResult>,
  submission: NewSubmission,
): WireResult {
  if (result.ok) return result;
  const { error } = result;
  if (error instanceof SubmissionConflictError) {
    const { submissionId } = submission;
    return { ok: false, error: { kind: 'conflict', submissionId } };
  }
  if (error instanceof UnknownReplacedSubmissionError) {
    const replaces = submission.replaces ?? '';
    const { message } = error;
    return {
      ok: false,
      error: { kind: 'unknown-replaced', replaces, message },
    };
  }
  const message = error instanceof Error ? error.message : String(error);

  return { ok: false, error: { kind: 'failed', message } };
}

/** In the server: the same result with the error the routes know. */
export function fromWire(result: WireResult): Settled<PutResult> {
  if (result.ok) return result;
  const { error } = result;
  if (error.kind === 'conflict') {
    return {
      ok: false,
      error: new SubmissionConflictError(error.submissionId),
    };
  }
  if (error.kind === 'unknown-replaced') {
    const refusal = new UnknownReplacedSubmissionError(
      error.replaces,
      error.message,
    );
    return { ok: false, error: refusal };
  }

  return { ok: false, error: new Error(error.message) };
}
