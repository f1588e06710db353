import {
  clearJournal,
  journalFitsStored,
  journalIsNewer,
  readJournals,
  type JournalEntry,
} from '../../drafts/crash-journal';
import { findInMemory } from '../../drafts/memory-drafts';
import { cleanPendingText } from '../../drafts/pending-text';
import type { DraftRecord, DraftStore } from '../../drafts/types';
import { draftStore } from './draft-store-access';

export type LoadedDraft =
  | { kind: 'stored'; store: DraftStore; draft: DraftRecord }
  | { kind: 'memory'; draft: DraftRecord }
  | { kind: 'missing' };

/**
 * Loads a draft for the fill page, first folding in typing that a closed or
 * crashed page left in the journal. Falls back to this page's memory when
 * IndexedDB cannot be opened at all.
 */
export async function loadDraft(id: string): Promise<LoadedDraft> {
  let store: DraftStore;
  try {
    store = await draftStore();
  } catch (error) {
    const draft = findInMemory(id) ?? fromJournalOnly(id);
    if (draft) return { kind: 'memory', draft };
    throw error;
  }
  const stored = await store.get(id);
  if (!stored) return { kind: 'missing' };

  return { kind: 'stored', store, draft: await recoverJournal(store, stored) };
}

/**
 * Folds in what closed pages left in their journals, oldest first. Typing
 * made on top of what is stored replaces it; typing that another tab's save
 * has overtaken is kept as a draft of its own, so neither copy is lost.
 */
async function recoverJournal(
  store: DraftStore,
  stored: DraftRecord,
): Promise<DraftRecord> {
  let current = stored;
  for (const entry of readJournals(stored.id)) {
    if (current.status === 'draft' && journalIsNewer(entry, current)) {
      current = journalFitsStored(entry, current)
        ? await store.save(
            current.id,
            entry.answers,
            entry.summary,
            current.revision,
            cleanPendingText(entry.pendingText),
          )
        : (await keepJournalAsCopy(store, entry), current);
    }
    clearJournal(entry.id, entry.tabId);
  }

  return current;
}

/**
 * Another tab saved this draft after the journal's typing began: neither
 * copy may silently replace the other, so the typing becomes its own draft.
 */
async function keepJournalAsCopy(
  store: DraftStore,
  entry: JournalEntry,
): Promise<void> {
  const copy = await store.create({
    formId: entry.formId,
    formVersion: entry.formVersion,
    name: `${entry.name} (bản chưa lưu từ thẻ khác)`,
    answers: entry.answers,
  });
  await store.save(
    copy.id,
    entry.answers,
    entry.summary,
    copy.revision,
    cleanPendingText(entry.pendingText),
  );
}

/** Without IndexedDB the journal is all that is left of an earlier visit. */
function fromJournalOnly(id: string): DraftRecord | undefined {
  const entry = readJournals(id).at(-1);
  if (!entry) return undefined;

  return {
    id,
    formId: entry.formId,
    formVersion: entry.formVersion,
    name: entry.name,
    answers: entry.answers,
    ...pendingOf(entry),
    revision: entry.baseRevision,
    createdAt: entry.savedAt,
    updatedAt: entry.savedAt,
    summary: entry.summary,
    status: 'draft',
  };
}

function pendingOf(entry: JournalEntry): Pick<DraftRecord, 'pendingText'> {
  const pendingText = cleanPendingText(entry.pendingText);

  return pendingText ? { pendingText } : {};
}
