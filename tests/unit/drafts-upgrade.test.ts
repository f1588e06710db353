import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { beforeEach, expect, it } from 'vitest';
import {
  DRAFT_DB_VERSION,
  openDraftDb,
  type UpgradeSchema,
} from '../../src/drafts/draft-db';
import { newDraftRecord, splitRecord } from '../../src/drafts/draft-records';
import { createDraftStore } from '../../src/drafts/draft-store';
import type { DraftRecord } from '../../src/drafts/types';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** Opens the database as an older version of the app did. */
async function openOlder(version: number) {
  return (await openDraftDb(
    {},
    version,
  )) as unknown as IDBPDatabase<UpgradeSchema>;
}

/** A draft with answers in several sections, as the app stores them. */
function draftWith(name: string, answers: unknown, more = {}): DraftRecord {
  return {
    ...newDraftRecord({ formId: 'bao-cao-ung-dung-cntt', formVersion: '2015' }),
    name,
    answers,
    ...more,
  };
}

/** Writes a draft the way versions 1 and 2 did: meta plus one record. */
async function putWhole(db: IDBPDatabase<UpgradeSchema>, draft: DraftRecord) {
  const { meta, typed } = splitRecord(draft);
  await db.put('draftMeta', meta);
  await db.put('draftAnswers', { id: draft.id, ...typed });
}

const report = {
  generalInfo: { agencyName: 'UBND xã Tân Phú', reportYear: 2025 },
  contact: { phone: '0210 3852 999' },
  applications: [{ name: 'Một cửa điện tử', users: 12 }],
};

it('keeps drafts written by the first database version after the upgrade', async () => {
  const firstVersion = await openOlder(1);
  const old = draftWith('Báo cáo cũ', report);
  await putWhole(firstVersion, old);
  firstVersion.close();

  const upgraded = await openDraftDb();
  const store = createDraftStore(upgraded);

  expect(upgraded.version).toBe(DRAFT_DB_VERSION);
  expect([...upgraded.objectStoreNames]).toContain('outbox');
  expect(await store.get(old.id)).toEqual(old);
  upgraded.close();
});

it('finds every version 2 draft, its unreadable text and the bin intact after the upgrade', async () => {
  const secondVersion = await openOlder(2);
  const typed = draftWith('Đang gõ', report, {
    pendingText: { '/contact/staffTotal': '12 cái' },
    revision: 7,
  });
  const empty = draftWith('Chưa gõ gì', {});
  const damaged = draftWith('Hỏng', ['không phải câu trả lời']);
  const binned = draftWith('Đã xoá', { contact: { phone: '0123' } });
  for (const draft of [typed, empty, damaged]) {
    await putWhole(secondVersion, draft);
  }
  const { meta } = splitRecord(binned);
  const removedAt = new Date().toISOString();
  await secondVersion.put('trash', {
    id: binned.id,
    meta,
    answers: binned.answers,
    removedAt,
  });
  secondVersion.close();

  const upgraded = await openDraftDb();
  const store = createDraftStore(upgraded);

  expect([...upgraded.objectStoreNames]).not.toContain('draftAnswers');
  const reread = await store.get(typed.id);
  expect(reread).toEqual(typed);
  expect(Object.keys(reread?.answers as object)).toEqual(Object.keys(report));
  expect(await store.get(empty.id)).toEqual(empty);
  await expect(store.get(damaged.id)).rejects.toThrow(/câu trả lời bị hỏng/);
  expect((await store.list()).drafts.map((d) => d.name).sort()).toEqual(
    ['Chưa gõ gì', 'Hỏng', 'Đang gõ'].sort(),
  );
  expect(await store.restore(binned.id)).toEqual(binned);
  expect(await store.get(binned.id)).toEqual(binned);
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
