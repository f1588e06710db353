import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { Autosaver, type SaveStatus } from '../../src/drafts/autosaver';
import { readJournals } from '../../src/drafts/crash-journal';
import { openDraftDb } from '../../src/drafts/draft-db';
import { createDraftStore } from '../../src/drafts/draft-store';
import type { DraftRecord, DraftStore } from '../../src/drafts/types';
import { MemoryStorage } from './drafts-local-storage';

let store: DraftStore;
let draft: DraftRecord;
let statuses: SaveStatus[];
let conflicts: number[];
const summary = { answered: 1, total: 300, errors: 0 };

function newSaver(record = draft) {
  return new Autosaver(store, record, {
    onStatus: (status) => statuses.push(status),
    onConflict: (theirs) => conflicts.push(theirs),
  });
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  Object.assign(globalThis, { localStorage: new MemoryStorage() });
  store = createDraftStore(await openDraftDb());
  draft = await store.create({ formId: 'f', formVersion: '2015' });
  statuses = [];
  conflicts = [];
});

describe('autosaver', () => {
  it('saves once after typing pauses, not on every keystroke', async () => {
    const saver = newSaver();
    for (const text of ['H', 'Hà', 'Hà N', 'Hà Nội']) {
      saver.change({ city: text }, summary);
    }
    expect((await store.get(draft.id))?.revision).toBe(1);

    await new Promise((resolve) => setTimeout(resolve, 600));

    const stored = await store.get(draft.id);
    expect(stored?.answers).toEqual({ city: 'Hà Nội' });
    expect(stored?.revision).toBe(2);
    expect(statuses.at(-1)?.kind).toBe('saved');
  });

  it('on page exit journals the typing and leaves IndexedDB alone', async () => {
    const saver = newSaver();
    saver.change({ city: 'Huế' }, summary);

    saver.flushForUnload();

    expect(readJournals(draft.id).map((entry) => entry.answers)).toEqual([
      { city: 'Huế' },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await store.get(draft.id))?.revision).toBe(1);
  });

  it('writes straight to IndexedDB on exit when the journal is full', async () => {
    const saver = newSaver();
    saver.change({ city: 'Huế' }, summary);
    (globalThis.localStorage as unknown as MemoryStorage).full = true;

    saver.flushForUnload();

    const stored = await store.get(draft.id);
    expect(stored?.answers).toEqual({ city: 'Huế' });
    expect(stored?.revision).toBe(2);
  });

  it('clears its journal once a save has the typing', async () => {
    const saver = newSaver();
    saver.change({ city: 'Huế' }, summary);
    await saver.flushOnBlur();

    expect(readJournals(draft.id)).toEqual([]);
    expect((await store.get(draft.id))?.answers).toEqual({ city: 'Huế' });
  });

  it('pauses and reports a conflict when another tab saved first', async () => {
    const saver = newSaver();
    await store.save(draft.id, { otherTab: true }, summary, 1);

    saver.change({ thisTab: true }, summary);
    await saver.flush();

    expect(conflicts).toEqual([2]);
    expect((await store.get(draft.id))?.answers).toEqual({ otherTab: true });
  });

  it('writes this tab’s copy over the other one when the user keeps theirs', async () => {
    const saver = newSaver();
    await store.save(draft.id, { otherTab: true }, summary, 1);
    saver.change({ thisTab: true }, summary);
    await saver.flush();

    await saver.keepMine(2);

    const stored = await store.get(draft.id);
    expect(stored?.answers).toEqual({ thisTab: true });
    expect(stored?.revision).toBe(3);
  });

  it('ignores the broadcast of a revision it wrote itself', async () => {
    const saver = newSaver();
    saver.change({ a: 1 }, summary);
    await saver.flush();

    saver.noticeRevision(2);

    expect(conflicts).toEqual([]);
  });
});
