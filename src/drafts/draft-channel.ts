/** What one tab tells the others after it wrote a draft. */
export type DraftChangeMessage =
  | { type: 'saved'; id: string; revision: number; tabId: string }
  | { type: 'changed'; id: string; tabId: string };

export const DRAFT_CHANNEL_NAME = 'bieu-mau-drafts';

/** Tells apart this page's own messages from another tab's. */
export const thisTabId =
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : String(Math.random());

let sender: BroadcastChannel | undefined;

function openChannel(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(DRAFT_CHANNEL_NAME);
  // Node's channel would otherwise keep a test process alive.
  (channel as { unref?: () => void }).unref?.();

  return channel;
}

/** Call after every write to a draft so other tabs can react. */
export function announceDraftChange(message: DraftChangeMessage): void {
  sender ??= openChannel();
  sender?.postMessage(message);
}

/**
 * Calls `onMessage` for changes made in other tabs (and by this page's other
 * parts); returns the function that stops listening.
 */
export function listenDraftChanges(
  onMessage: (message: DraftChangeMessage) => void,
): () => void {
  const channel = openChannel();
  if (!channel) return () => undefined;
  channel.onmessage = (event: MessageEvent<DraftChangeMessage>) =>
    onMessage(event.data);

  return () => channel.close();
}
