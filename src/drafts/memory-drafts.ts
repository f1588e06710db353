import type { DraftRecord } from './types';

/**
 * Drafts that live only in this page because IndexedDB could not be opened.
 * They vanish with the page; the UI warns and offers a file export.
 */
const memoryDrafts = new Map<string, DraftRecord>();

export function keepInMemory(draft: DraftRecord): void {
  memoryDrafts.set(draft.id, draft);
}

export function findInMemory(id: string): DraftRecord | undefined {
  return memoryDrafts.get(id);
}
