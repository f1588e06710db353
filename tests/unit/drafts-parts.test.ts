import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { partsOf } from '../../src/drafts/answer-parts';
import { openDraftDb, type DraftDb } from '../../src/drafts/draft-db';
import { createDraftStore } from '../../src/drafts/draft-store';
import type { DraftRecord, DraftStore } from '../../src/drafts/types';

let db: DraftDb;
let store: DraftStore;
let draft: DraftRecord;
const summary = { answered: 2, total: 300, errors: 0 };
const first = {
  generalInfo: { agencyName: 'UBND xã Tân Phú' },
  contact: { phone: '0210 3852 999' },
  applications: [{ name: 'Một cửa điện tử' }],
};

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openDraftDb();
  store = createDraftStore(db);
  draft = await store.create({ formId: 'f', formVersion: '2015' });
});

/** Changes a stored part behind the store's back, to see if it is rewritten. */
async function markStoredPart(key: string, value: unknown): Promise<void> {
  await db.put('answerParts', { draftId: draft.id, key, value });
}

async function storedKeys(): Promise<string[]> {
  const parts = await db.getAll('answerParts', partsOf(draft.id));

  return parts.map((part) => part.key);
}

describe('answers stored one section per record', () => {
  // How the page may come to hold the answers it saves next: the store must
  // rewrite only the section that changed in each case.
  const readings: [string, () => Promise<[DraftStore, typeof first]>][] = [
    ['since the last save', async () => [store, first]],
    [
      'on the first save after a reload',
      async () => {
        const reloaded = createDraftStore(await openDraftDb());
        const opened = (await reloaded.get(draft.id)) as DraftRecord;
        return [reloaded, opened.answers as typeof first];
      },
    ],
    [
      'after the page re-reads the draft',
      async () => {
        await store.get(draft.id);
        return [store, first];
      },
    ],
  ];
  it.each(readings)(
    'rewrites only the sections whose objects changed %s',
    async (_when, read) => {
      await store.save(draft.id, first, summary, 1);
      const [saver, answers] = await read();
      await markStoredPart('contact', 'left alone');

      const typed = {
        ...answers,
        generalInfo: { agencyName: 'Xã Bình Minh' },
      };
      await saver.save(draft.id, typed, summary, 2);

      expect((await store.get(draft.id))?.answers).toEqual({
        ...typed,
        contact: 'left alone',
      });
    },
  );

  it('deletes the records of sections the answers no longer have', async () => {
    await store.save(draft.id, first, summary, 1);

    const rest = {
      generalInfo: first.generalInfo,
      applications: first.applications,
    };
    await store.save(
      draft.id,
      { ...rest, signature: { name: 'A' } },
      summary,
      2,
    );

    expect((await storedKeys()).sort()).toEqual(
      ['applications', 'generalInfo', 'signature'].sort(),
    );
    expect(await store.get(draft.id)).toMatchObject({
      answers: { ...rest, signature: { name: 'A' } },
    });
  });

  it('reads the sections back in the order they were typed', async () => {
    const answers = { zeta: 1, alpha: { b: 2 }, middle: [3] };
    await store.save(draft.id, answers, summary, 1);

    const reread = await store.get(draft.id);

    expect(Object.keys(reread?.answers as object)).toEqual([
      'zeta',
      'alpha',
      'middle',
    ]);
  });

  it('stores exactly this page’s answers after another tab wrote the draft', async () => {
    await store.save(draft.id, first, summary, 1);
    // Another tab (another app version, even) wrote its own answers.
    const meta = await db.get('draftMeta', draft.id);
    await db.put('draftMeta', { ...meta!, revision: 3 });
    await db.put('answerHeads', {
      id: draft.id,
      keys: ['contact', 'extra'],
      writeId: 'ghi-tu-the-khac',
    });
    await markStoredPart('contact', { phone: '0999' });
    await markStoredPart('extra', { from: 'thẻ khác' });

    // The person chose to keep this page's copy over theirs.
    await store.save(draft.id, first, summary, 3);

    expect((await store.get(draft.id))?.answers).toEqual(first);
    expect((await storedKeys()).sort()).toEqual(Object.keys(first).sort());
  });

  it('reports a draft whose section record is missing as damaged', async () => {
    await store.save(draft.id, first, summary, 1);
    await db.delete('answerParts', [draft.id, 'contact']);

    await expect(store.get(draft.id)).rejects.toThrow(
      /thiếu phần câu trả lời "contact"/,
    );
  });

  it('reports a draft whose list of sections is damaged', async () => {
    await store.save(draft.id, first, summary, 1);
    const head = await db.get('answerHeads', draft.id);
    await db.put('answerHeads', { ...head!, keys: 'hỏng' as never });

    await expect(store.get(draft.id)).rejects.toThrow(
      /danh sách phần câu trả lời bị hỏng/,
    );
  });

  it('writes every section in an unload save, replacing what was stored', async () => {
    await store.save(draft.id, first, summary, 1);
    await markStoredPart('contact', 'stale');

    const late = {
      generalInfo: { agencyName: 'Xã B' },
      contact: { phone: '1' },
    };
    void store.saveNow({ ...draft, answers: late, revision: 3 });

    expect((await store.get(draft.id))?.answers).toEqual(late);
    expect((await storedKeys()).sort()).toEqual(['contact', 'generalInfo']);
  });
});
