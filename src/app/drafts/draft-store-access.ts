import { openDraftStore } from '../../drafts/draft-store';
import type { DraftStore } from '../../drafts/types';

type Listener = () => void;
const blockingListeners = new Set<Listener>();
const blockedListeners = new Set<Listener>();

/**
 * Opens the page's draft store with upgrade handling wired to whichever
 * screens are listening; call it instead of `openDraftStore` in the app.
 */
export function draftStore(): Promise<DraftStore> {
  return openDraftStore({
    onBlocking: () => blockingListeners.forEach((listener) => listener()),
    onBlocked: () => blockedListeners.forEach((listener) => listener()),
  });
}

/** Subscribe to "a newer app in another tab needs this page to let go". */
export function onStoreBlocking(listener: Listener): () => void {
  blockingListeners.add(listener);

  return () => blockingListeners.delete(listener);
}

/** Subscribe to "an older tab keeps the database; opening waits". */
export function onStoreBlocked(listener: Listener): () => void {
  blockedListeners.add(listener);

  return () => blockedListeners.delete(listener);
}
