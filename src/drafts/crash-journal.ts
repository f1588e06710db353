import type { PendingText } from './pending-text';
import type { DraftSummary } from './types';

/** The latest typing of one draft, kept where a dying page can still write. */
export interface JournalEntry {
  id: string;
  formId: string;
  formVersion: string;
  name: string;
  /** The stored revision these answers were typed on top of. */
  baseRevision: number;
  /** The page that typed them; each page keeps its own journal per draft. */
  tabId: string;
  /** ISO time the typing was journaled. */
  savedAt: string;
  answers: unknown;
  summary: DraftSummary;
  /** Unreadable box text typed with these answers, if any. */
  pendingText?: PendingText;
}

const PREFIX = 'bieu-mau.nhat-ky.';

/** Two tabs on one draft must not overwrite each other's journal. */
function keyOf(id: string, tabId: string): string {
  return `${PREFIX}${id}.${tabId}`;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Some browsers throw on mere access when site data is blocked.
    return undefined;
  }
}

/**
 * Writes the journal synchronously; call it from pagehide, visibilitychange
 * and blur, never per keystroke (it serialises the whole report). False
 * when the browser refused (storage full or blocked).
 */
export function writeJournal(entry: JournalEntry): boolean {
  const target = storage();
  if (!target) return false;
  try {
    target.setItem(keyOf(entry.id, entry.tabId), JSON.stringify(entry));

    return true;
  } catch (error) {
    console.warn('Không ghi được nhật ký bản nháp', error);

    return false;
  }
}

/** Every page's journal of a draft, oldest first; unreadable ones skipped. */
export function readJournals(id: string): JournalEntry[] {
  const target = storage();
  if (!target) return [];
  const entries: JournalEntry[] = [];
  for (let index = 0; index < target.length; index++) {
    const key = target.key(index);
    if (!key?.startsWith(`${PREFIX}${id}.`)) continue;
    const entry = parseEntry(target.getItem(key));
    if (entry?.id === id) entries.push(entry);
  }

  return entries.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

function parseEntry(text: string | null): JournalEntry | undefined {
  if (!text) return undefined;
  try {
    const entry = JSON.parse(text) as JournalEntry;

    return typeof entry.savedAt === 'string' && typeof entry.tabId === 'string'
      ? entry
      : undefined;
  } catch {
    return undefined;
  }
}

/** Call once a journal's answers are safely in IndexedDB. */
export function clearJournal(id: string, tabId: string): void {
  storage()?.removeItem(keyOf(id, tabId));
}

/**
 * True when the journal's typing may replace the stored answers: nobody but
 * the page that typed it has saved since it began.
 */
export function journalFitsStored(
  entry: JournalEntry,
  stored: { revision: number; savedBy?: string },
): boolean {
  if (entry.baseRevision === stored.revision) return true;

  return entry.tabId === stored.savedBy;
}

/** True when the journal holds typing the stored draft does not have. */
export function journalIsNewer(
  entry: JournalEntry,
  stored: { updatedAt: string },
): boolean {
  return Date.parse(entry.savedAt) > Date.parse(stored.updatedAt);
}
