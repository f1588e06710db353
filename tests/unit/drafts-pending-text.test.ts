import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { Autosaver } from '../../src/drafts/autosaver';
import { readJournals } from '../../src/drafts/crash-journal';
import { openDraftDb, type DraftDb } from '../../src/drafts/draft-db';
import { createDraftStore } from '../../src/drafts/draft-store';
import { cleanPendingText } from '../../src/drafts/pending-text';
import type { DraftRecord, DraftStore } from '../../src/drafts/types';
import { MemoryStorage } from './drafts-local-storage';

let db: DraftDb;
let store: DraftStore;
let draft: DraftRecord;
const summary = { answered: 0, total: 300, errors: 1 };
const typed = { '/generalInfo/staffTotal': '12 cái' };

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  Object.assign(globalThis, { localStorage: new MemoryStorage() });
  db = await openDraftDb();
  store = createDraftStore(db);
  draft = await store.create({ formId: 'f', formVersion: '2015' });
});

function newSaver(record = draft) {
  return new Autosaver(store, record, {
    onStatus: () => undefined,
    onConflict: () => undefined,
  });
}

describe('unreadable box text kept with a draft', () => {
  it('is read back beside the answers, never inside them or the meta', async () => {
    await store.save(draft.id, { a: 1 }, summary, 1, typed);

    const reread = await store.get(draft.id);
    expect(reread?.pendingText).toEqual(typed);
    expect(reread?.answers).toEqual({ a: 1 });
    expect(await db.get('draftMeta', draft.id)).not.toHaveProperty(
      'pendingText',
    );
  });

  it('is gone from storage once a save has none', async () => {
    await store.save(draft.id, {}, summary, 1, typed);
    await store.save(draft.id, { a: 1 }, summary, 2, {});

    expect(await db.get('answerHeads', draft.id)).not.toHaveProperty(
      'pendingText',
    );
    expect((await store.get(draft.id))?.answers).toEqual({ a: 1 });
  });

  it('is saved by the autosaver although the answers did not change', async () => {
    const saver = newSaver();
    saver.changePendingText(typed);
    await saver.flush();

    expect((await store.get(draft.id))?.pendingText).toEqual(typed);
    expect((await store.get(draft.id))?.revision).toBe(2);
  });

  it('goes into the crash journal with the answers', () => {
    const saver = newSaver();
    saver.change({ a: 1 }, summary);
    saver.changePendingText(typed);
    saver.flushForUnload();

    expect(readJournals(draft.id).at(-1)?.pendingText).toEqual(typed);
  });

  it('keeps only pointer and text pairs from a damaged record', () => {
    expect(cleanPendingText({ '/a': 'x', b: 'y', '/c': 3, '/d': '' })).toEqual({
      '/a': 'x',
    });
    expect(cleanPendingText(['/a'])).toBeUndefined();
    expect(cleanPendingText({})).toBeUndefined();
  });
});
