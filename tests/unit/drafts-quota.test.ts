import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { Autosaver, type SaveStatus } from '../../src/drafts/autosaver';
import { openDraftDb } from '../../src/drafts/draft-db';
import { createDraftStore } from '../../src/drafts/draft-store';
import { isQuotaError } from '../../src/drafts/errors';
import type { DraftStore } from '../../src/drafts/types';

let store: DraftStore;
const summary = { answered: 1, total: 300, errors: 0 };

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  store = createDraftStore(await openDraftDb());
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The disk fills up for the answers' parts only, as they are big. */
function fillTheDisk() {
  const realPut = FakeObjectStore.prototype.put;
  vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (this.name === 'answerParts') {
      throw new DOMException('Disk full', 'QuotaExceededError');
    }

    return realPut.apply(this, args);
  });
}

it('leaves the earlier draft and its meta intact when the disk is full', async () => {
  const draft = await store.create({ formId: 'f', formVersion: '2015' });
  const before = await store.save(draft.id, { a: 'đã lưu' }, summary, 1);
  fillTheDisk();

  const failing = store.save(draft.id, { a: 'mới gõ' }, summary, 2);

  const error = await failing.catch((caught: unknown) => caught);
  expect(isQuotaError(error)).toBe(true);
  vi.restoreAllMocks();
  expect(await store.get(draft.id)).toEqual(before);
});

it('warns that the draft is only in memory and keeps the typed answers', async () => {
  const draft = await store.create({ formId: 'f', formVersion: '2015' });
  const statuses: SaveStatus[] = [];
  const saver = new Autosaver(store, draft, {
    onStatus: (status) => statuses.push(status),
    onConflict: () => undefined,
  });
  fillTheDisk();

  saver.change({ a: 'chỉ trong trang' }, summary);
  await saver.flush();

  const last = statuses.at(-1);
  expect(last?.kind).toBe('memory-only');
  expect(last && 'message' in last ? last.message : '').toMatch(
    /Bộ nhớ của trình duyệt đã đầy/,
  );
  expect(saver.current().answers).toEqual({ a: 'chỉ trong trang' });
  vi.restoreAllMocks();
  expect((await store.get(draft.id))?.revision).toBe(1);
});
