import type { DraftSummary } from './types';

/** The latest typing of one draft, kept where a dying page can still write. */
export interface JournalEntry {
  id: string;
  formId: string;
  formVersion: string;
  name: string;
  /** The stored revision these answers were typed on top of. */
  baseRevision: number;
  /** The page that typed them, to tell its own later saves from others'. */
  tabId?: string;
  /** ISO time; also the `updatedAt` of the unload save that carried it. */
  savedAt: string;
  answers: unknown;
  summary: DraftSummary;
}

const PREFIX = 'bieu-mau.nhat-ky.';

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
 * and blur, never per keystroke (it serialises the whole report).
 */
export function writeJournal(entry: JournalEntry): boolean {
  try {
    storage()?.setItem(PREFIX + entry.id, JSON.stringify(entry));

    return true;
  } catch (error) {
    console.warn('Không ghi được nhật ký bản nháp', error);

    return false;
  }
}

/** The journal of a draft, or undefined when absent or unreadable. */
export function readJournal(id: string): JournalEntry | undefined {
  const text = storage()?.getItem(PREFIX + id);
  if (!text) return undefined;
  try {
    const entry = JSON.parse(text) as JournalEntry;

    return entry.id === id && typeof entry.savedAt === 'string'
      ? entry
      : undefined;
  } catch {
    return undefined;
  }
}

/** Call once the journal's answers are safely in IndexedDB. */
export function clearJournal(id: string): void {
  storage()?.removeItem(PREFIX + id);
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

  return entry.tabId !== undefined && entry.tabId === stored.savedBy;
}

/** True when the journal holds typing the stored draft does not have. */
export function journalIsNewer(
  entry: JournalEntry,
  stored: { updatedAt: string },
): boolean {
  return Date.parse(entry.savedAt) > Date.parse(stored.updatedAt);
}
