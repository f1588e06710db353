import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { openDraftDb } from '../../src/drafts/draft-db';
import { createDraftStore } from '../../src/drafts/draft-store';

it('starts next year from last year with per-year answers cleared', async () => {
  globalThis.indexedDB = new IDBFactory();
  const store = createDraftStore(await openDraftDb());
  const lastYear = await store.create({
    formId: 'bao-cao-ung-dung-cntt',
    formVersion: '2015',
    name: 'Xã Tân Phú – năm 2024',
    answers: {
      agency: { name: 'UBND xã Tân Phú', phone: '0243' },
      reportYear: 2024,
      staff: { total: 12, doctorate: 1 },
      spending: [{ item: 'Máy tính', amount: 30 }],
    },
  });

  const copy = await store.copyForNewYear(
    lastYear.id,
    2025,
    ['/staff/total', '/spending'],
    '/reportYear',
  );

  expect(copy.answers).toEqual({
    agency: { name: 'UBND xã Tân Phú', phone: '0243' },
    reportYear: 2025,
    staff: { doctorate: 1 },
  });
  expect(copy.name).toBe('Xã Tân Phú – năm 2025');
  expect(copy.summary.year).toBe(2025);
  expect((await store.get(lastYear.id))?.answers).toMatchObject({
    reportYear: 2024,
    staff: { total: 12 },
  });
  expect(await store.get(copy.id)).toEqual(copy);
});
