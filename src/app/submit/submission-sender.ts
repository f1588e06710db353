import { listOutbox, type OutboxItem } from '../../drafts/outbox';
import {
  startOutboxSender,
  type OutboxSender,
} from '../../drafts/outbox-sender';
import { openSharedDraftDb } from '../../drafts/draft-store';
import { submissionsEndpoint } from './endpoint';

type Listener = (items: OutboxItem[]) => void;

const listeners = new Set<Listener>();
let sender: OutboxSender | undefined;

/**
 * Call once when the app starts, on every page: queued reports then go out
 * whenever the app is open, not only while their fill page is shown.
 */
export function startSubmissionSender(): OutboxSender {
  sender ??= startOutboxSender({
    endpoint: submissionsEndpoint,
    onChange: (items) => listeners.forEach((listener) => listener(items)),
  });

  return sender;
}

/** Call to hear about the outbox after every sending pass that changed it. */
export function onOutboxChange(listener: Listener): () => void {
  listeners.add(listener);

  return () => listeners.delete(listener);
}

/** Call to read one draft's queued report, if it has one. */
export async function findOutboxItem(
  draftId: string,
): Promise<OutboxItem | undefined> {
  const items = await listOutbox(await openSharedDraftDb());

  return items.filter((item) => item.draftId === draftId).at(-1);
}

/** Call from "Gửi lại ngay": tries every waiting report without waiting. */
export function sendQueuedNow(): Promise<void> {
  return startSubmissionSender().sendNow();
}
