import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDraftDb, type DraftDb } from '../../src/drafts/draft-db';
import { createDraftStore } from '../../src/drafts/draft-store';
import { DraftConflictError } from '../../src/drafts/errors';
import type { DraftStore } from '../../src/drafts/types';

let db: DraftDb;
let store: DraftStore;
const summary = { answered: 3, total: 300, errors: 1, year: 2025 };

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openDraftDb();
  store = createDraftStore(db);
});

describe('draft store', () => {
  it('saves answers and summary together and bumps the revision', async () => {
    const draft = await store.create({ formId: 'f', formVersion: '2015' });
    const saved = await store.save(draft.id, { a: 1 }, summary, 1);

    expect(saved.revision).toBe(2);
    const reread = await store.get(draft.id);
    expect(reread?.answers).toEqual({ a: 1 });
    expect(reread?.summary).toEqual(summary);
    expect(reread?.revision).toBe(2);
  });

  it('reads a draft’s meta without its answers, and nothing for a missing one', async () => {
    const draft = await store.create({ formId: 'f', formVersion: '2015' });
    await store.save(draft.id, { a: 1 }, summary, 1);

    const meta = await store.getMeta(draft.id);

    expect(meta).toMatchObject({ id: draft.id, revision: 2, summary });
    expect(meta).not.toHaveProperty('answers');
    expect(await store.getMeta('khong-co')).toBeUndefined();
  });

  it('refuses a save based on a stale revision and keeps the newer one', async () => {
    const draft = await store.create({ formId: 'f', formVersion: '2015' });
    await store.save(draft.id, { fromTabA: true }, summary, 1);

    const stale = store.save(draft.id, { fromTabB: true }, summary, 1);

    await expect(stale).rejects.toBeInstanceOf(DraftConflictError);
    expect((await store.get(draft.id))?.answers).toEqual({ fromTabA: true });
  });

  it('lists sound drafts newest first and reports a corrupt one by id', async () => {
    const older = await store.create({ formId: 'f', formVersion: '2015' });
    const newer = await store.create({ formId: 'f', formVersion: '2015' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await store.save(newer.id, {}, summary, 1);
    await db.put('draftMeta', {
      ...older,
      id: 'broken',
      revision: -4,
    } as never);

    const { drafts, skipped } = await store.list();

    expect(drafts.map((d) => d.id)).toEqual([newer.id, older.id]);
    expect(skipped).toEqual([
      { id: 'broken', reason: 'số lần lưu (revision) không hợp lệ' },
    ]);
    expect(drafts[0]).not.toHaveProperty('answers');
  });

  it('brings a removed draft back unchanged with restore', async () => {
    const draft = await store.create({
      formId: 'f',
      formVersion: '2015',
      answers: { kept: 'có' },
    });
    await store.remove(draft.id);
    expect(await store.get(draft.id)).toBeUndefined();

    await store.restore(draft.id);

    expect((await store.get(draft.id))?.answers).toEqual({ kept: 'có' });
  });

  it('duplicates into a new draft that does not share later edits', async () => {
    const draft = await store.create({
      formId: 'f',
      formVersion: '2015',
      name: 'Xã A',
      answers: { n: 1 },
    });
    const copy = await store.duplicate(draft.id);
    await store.save(copy.id, { n: 2 }, summary, copy.revision);

    expect(copy.id).not.toBe(draft.id);
    expect(copy.name).toBe('Xã A (bản sao)');
    expect((await store.get(draft.id))?.answers).toEqual({ n: 1 });
  });

  it('renames without moving the revision an open fill page relies on', async () => {
    const draft = await store.create({ formId: 'f', formVersion: '2015' });
    await store.rename(draft.id, '  Báo cáo 2025  ');

    const renamed = await store.get(draft.id);
    expect(renamed?.name).toBe('Báo cáo 2025');
    await expect(store.save(draft.id, {}, summary, 1)).resolves.toBeTruthy();
  });

  it('writes an unload save in full even when nothing awaits it', async () => {
    const draft = await store.create({ formId: 'f', formVersion: '2015' });
    void store.saveNow({ ...draft, answers: { late: 1 }, revision: 2 });

    const reread = await store.get(draft.id);
    expect(reread?.answers).toEqual({ late: 1 });
    expect(reread?.revision).toBe(2);
  });
});
