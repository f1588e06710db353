import { announceDraftChange, thisTabId } from './draft-channel';
import type { DraftDb } from './draft-db';
import { openSharedDraftDb } from './draft-store';
import { issueAll, runInTransaction } from './draft-transaction';
import { DraftNotFoundError } from './errors';
import { backoffDelay } from './outbox-backoff';
import type { OutboxEnvelope, OutboxItem } from './outbox-types';

export type { OutboxEnvelope, OutboxItem };

const wakeListeners = new Set<() => void>();

/** Lets a running sender know new work arrived. */
export function onOutboxWake(listener: () => void): () => void {
  wakeListeners.add(listener);

  return () => wakeListeners.delete(listener);
}

/**
 * Call from the submit flow: queues the envelope and marks the draft
 * `queued` (read-only) in one transaction; the sender does the rest.
 */
export async function enqueue(
  envelope: OutboxEnvelope,
  draftId: string,
  db?: DraftDb,
): Promise<void> {
  const target = db ?? (await openSharedDraftDb());
  const tx = target.transaction(['draftMeta', 'outbox'], 'readwrite');
  await runInTransaction(tx, async () => {
    const meta = await tx.objectStore('draftMeta').get(draftId);
    if (!meta) throw new DraftNotFoundError(draftId);
    const item: OutboxItem = {
      submissionId: envelope.submissionId,
      draftId,
      envelope,
      queuedAt: new Date().toISOString(),
      attempts: 0,
      nextAttemptAt: 0,
      state: 'waiting',
    };
    await issueAll(
      () => tx.objectStore('outbox').put(item),
      () =>
        tx.objectStore('draftMeta').put({
          ...meta,
          status: 'queued',
          submissionId: envelope.submissionId,
        }),
    );
  });
  announceDraftChange({ type: 'changed', id: draftId, tabId: thisTabId });
  wakeListeners.forEach((listener) => listener());
}

/** Everything in the outbox, oldest first. */
export async function listOutbox(db: DraftDb): Promise<OutboxItem[]> {
  const items = await db.getAll('outbox');

  return items.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

/** The server took the report: keep its receipt, lock the draft, unqueue. */
export async function markDelivered(
  db: DraftDb,
  item: OutboxItem,
  receipt: unknown,
): Promise<void> {
  const tx = db.transaction(['draftMeta', 'outbox'], 'readwrite');
  await runInTransaction(tx, async () => {
    const meta = await tx.objectStore('draftMeta').get(item.draftId);
    const writes: Promise<unknown>[] = [
      tx.objectStore('outbox').delete(item.submissionId),
    ];
    // A draft deleted while queued still leaves the outbox clean.
    if (meta) {
      writes.push(
        tx.objectStore('draftMeta').put({
          ...meta,
          status: 'submitted',
          submissionId: item.submissionId,
          receipt,
        }),
      );
    }
    await Promise.all(writes);
  });
  announceDraftChange({ type: 'changed', id: item.draftId, tabId: thisTabId });
}

/** A try failed for a passing reason: wait longer, then try again. */
export async function markForRetry(
  db: DraftDb,
  item: OutboxItem,
  problem: string,
  now: number,
  random?: () => number,
): Promise<OutboxItem> {
  const attempts = item.attempts + 1;
  const next: OutboxItem = {
    ...item,
    attempts,
    lastError: problem,
    nextAttemptAt: now + backoffDelay(attempts, random),
  };
  await db.put('outbox', next);

  return next;
}

/**
 * The server refused the report (4xx): stop retrying, keep its messages
 * for the user, and open the draft for corrections again.
 */
export async function markRefused(
  db: DraftDb,
  item: OutboxItem,
  errors: string[],
): Promise<void> {
  const tx = db.transaction(['draftMeta', 'outbox'], 'readwrite');
  await runInTransaction(tx, async () => {
    const meta = await tx.objectStore('draftMeta').get(item.draftId);
    const failed: OutboxItem = {
      ...item,
      state: 'failed',
      errors,
      lastError: errors[0],
    };
    const writes: Promise<unknown>[] = [tx.objectStore('outbox').put(failed)];
    if (meta) {
      writes.push(
        tx.objectStore('draftMeta').put({ ...meta, status: 'draft' }),
      );
    }
    await Promise.all(writes);
  });
  announceDraftChange({ type: 'changed', id: item.draftId, tabId: thisTabId });
}
