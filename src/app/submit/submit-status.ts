import type { OutboxItem } from '../../drafts/outbox';
import type { DraftMeta } from '../../drafts/types';

/** What the submit panel tells the user about one report. */
export type SubmitStatus =
  | { kind: 'editing' }
  | { kind: 'sending' }
  | { kind: 'queued'; nextAttemptAt: number; lastError?: string }
  | { kind: 'refused'; errors: string[] }
  | { kind: 'submitted'; receipt: Receipt };

/** The server's receipt as the draft keeps it. */
export interface Receipt {
  submissionId?: string;
  receivedAt?: string;
}

/**
 * Call with the draft's stored state and its outbox entry to learn which
 * status line to show; `now` decides whether a retry is already due.
 */
export function submitStatusOf(
  draft: Pick<DraftMeta, 'status' | 'receipt' | 'submissionId'>,
  item: OutboxItem | undefined,
  now: number,
): SubmitStatus {
  if (draft.status === 'submitted') {
    const receipt = (draft.receipt ?? {}) as Receipt;

    return {
      kind: 'submitted',
      receipt: { submissionId: draft.submissionId, ...receipt },
    };
  }
  if (draft.status === 'draft') {
    return item?.state === 'failed'
      ? { kind: 'refused', errors: item.errors ?? [] }
      : { kind: 'editing' };
  }
  if (!item || item.nextAttemptAt <= now) return { kind: 'sending' };

  return {
    kind: 'queued',
    nextAttemptAt: item.nextAttemptAt,
    lastError: item.lastError,
  };
}
