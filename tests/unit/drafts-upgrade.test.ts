import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, expect, it } from 'vitest';
import { DRAFT_DB_VERSION, openDraftDb } from '../../src/drafts/draft-db';
import { createDraftStore } from '../../src/drafts/draft-store';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

it('keeps drafts written by the first database version after the upgrade', async () => {
  const firstVersion = await openDraftDb({}, 1);
  const old = await createDraftStore(firstVersion).create({
    formId: 'bao-cao-ung-dung-cntt',
    formVersion: '2015',
    name: 'Báo cáo cũ',
    answers: { agencyName: 'UBND xã Tân Phú' },
  });
  firstVersion.close();

  const upgraded = await openDraftDb();
  const store = createDraftStore(upgraded);

  expect(upgraded.version).toBe(DRAFT_DB_VERSION);
  expect([...upgraded.objectStoreNames]).toContain('outbox');
  expect(await store.get(old.id)).toEqual(old);
  upgraded.close();
});

it('closes an old connection that blocks an upgrade and tells the page', async () => {
  let toldToReload = false;
  const oldTab = await openDraftDb(
    { onBlocking: () => (toldToReload = true) },
    1,
  );

  const newTab = await openDraftDb();

  expect(toldToReload).toBe(true);
  expect(newTab.version).toBe(DRAFT_DB_VERSION);
  oldTab.close();
  newTab.close();
});
