import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDraftDb, type DraftDb } from '../../src/drafts/draft-db';
import { createDraftStore } from '../../src/drafts/draft-store';
import { journalFitsStored } from '../../src/drafts/crash-journal';
import { DraftConflictError } from '../../src/drafts/errors';
import type { DraftRecord, DraftStore } from '../../src/drafts/types';

let db: DraftDb;
let store: DraftStore;
let draft: DraftRecord;
const summary = { answered: 1, total: 300, errors: 0 };

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openDraftDb();
  store = createDraftStore(db);
  draft = await store.create({ formId: 'f', formVersion: '2015' });
});

/** What another tab's save leaves behind: a newer revision, not by us. */
async function saveFromOtherTab(answers: unknown): Promise<void> {
  const meta = await db.get('draftMeta', draft.id);
  const next = { ...meta!, revision: meta!.revision + 1, savedBy: 'other' };
  await db.put('draftMeta', next);
  await db.put('draftAnswers', { id: draft.id, answers });
}

describe('exit save', () => {
  it('refuses to overwrite a revision another tab saved meanwhile', async () => {
    await saveFromOtherTab({ theirs: true });

    const exit = store.saveNow({ ...draft, answers: { mine: true } }, 1);

    await expect(exit).rejects.toBeInstanceOf(DraftConflictError);
    expect((await store.get(draft.id))?.answers).toEqual({ theirs: true });
  });

  it('writes over a later revision this page saved itself', async () => {
    await store.save(draft.id, { first: 1 }, summary, 1);

    const saved = await store.saveNow({ ...draft, answers: { later: 2 } }, 1);

    expect(saved.revision).toBe(3);
    expect((await store.get(draft.id))?.answers).toEqual({ later: 2 });
  });

  it('keeps a name given on the drafts page while the fill page was open', async () => {
    await store.rename(draft.id, 'Báo cáo xã Tân Phú');

    await store.saveNow({ ...draft, answers: { a: 1 } }, 1);

    const stored = await store.get(draft.id);
    expect(stored?.name).toBe('Báo cáo xã Tân Phú');
    expect(stored?.answers).toEqual({ a: 1 });
  });

  it('leaves a submitted status set elsewhere in place', async () => {
    const meta = await db.get('draftMeta', draft.id);
    await db.put('draftMeta', { ...meta!, status: 'submitted' });

    await store.saveNow({ ...draft, answers: { a: 1 } }, 1);

    expect((await store.get(draft.id))?.status).toBe('submitted');
  });
});

describe('crash journal recovery rule', () => {
  const entry = {
    id: 'x',
    formId: 'f',
    formVersion: '2015',
    name: 'n',
    baseRevision: 3,
    tabId: 'tab-a',
    savedAt: '2026-01-01T00:00:00Z',
    answers: {},
    summary,
  };

  it('lets typing replace the draft it was typed on', () => {
    expect(journalFitsStored(entry, { revision: 3, savedBy: 'tab-b' })).toBe(
      true,
    );
  });

  it('lets typing replace a later save by the same page', () => {
    expect(journalFitsStored(entry, { revision: 5, savedBy: 'tab-a' })).toBe(
      true,
    );
  });

  it('refuses typing older than another tab’s save', () => {
    expect(journalFitsStored(entry, { revision: 4, savedBy: 'tab-b' })).toBe(
      false,
    );
  });
});
