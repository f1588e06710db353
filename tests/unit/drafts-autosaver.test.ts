import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { Autosaver, type SaveStatus } from '../../src/drafts/autosaver';
import { readJournal } from '../../src/drafts/crash-journal';
import { openDraftDb } from '../../src/drafts/draft-db';
import { createDraftStore } from '../../src/drafts/draft-store';
import type { DraftRecord, DraftStore } from '../../src/drafts/types';

/** Node has no localStorage; a Map-backed one behaves the same here. */
class MemoryStorage {
  private items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

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

  it('on page exit journals the typing and starts the write at once', async () => {
    const saver = newSaver();
    saver.change({ city: 'Huế' }, summary);

    saver.flushForUnload();
    const journal = readJournal(draft.id);

    expect(journal?.answers).toEqual({ city: 'Huế' });
    const stored = await store.get(draft.id);
    expect(stored?.answers).toEqual({ city: 'Huế' });
    expect(stored?.updatedAt).toBe(journal?.savedAt);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(readJournal(draft.id)).toBeUndefined();
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
