import {
  clearJournal,
  journalFitsStored,
  journalIsNewer,
  readJournal,
  type JournalEntry,
} from '../../drafts/crash-journal';
import { findInMemory } from '../../drafts/memory-drafts';
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

async function recoverJournal(
  store: DraftStore,
  stored: DraftRecord,
): Promise<DraftRecord> {
  const entry = readJournal(stored.id);
  if (!entry) return stored;
  if (!journalIsNewer(entry, stored) || stored.status !== 'draft') {
    clearJournal(stored.id);

    return stored;
  }
  if (!journalFitsStored(entry, stored)) {
    await keepJournalAsCopy(store, entry);
    clearJournal(stored.id);

    return stored;
  }
  const recovered = await store.save(
    stored.id,
    entry.answers,
    entry.summary,
    stored.revision,
  );
  clearJournal(stored.id);

  return recovered;
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
  await store.save(copy.id, entry.answers, entry.summary, copy.revision);
}

/** Without IndexedDB the journal is all that is left of an earlier visit. */
function fromJournalOnly(id: string): DraftRecord | undefined {
  const entry = readJournal(id);
  if (!entry) return undefined;

  return {
    id,
    formId: entry.formId,
    formVersion: entry.formVersion,
    name: entry.name,
    answers: entry.answers,
    revision: entry.baseRevision,
    createdAt: entry.savedAt,
    updatedAt: entry.savedAt,
    summary: entry.summary,
    status: 'draft',
  };
}
