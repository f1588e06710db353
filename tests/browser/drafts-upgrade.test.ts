import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStoredRecords } from './draft-reader';
import { agencyBox, completeAnswers } from './drafts-fixtures';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ width: 1000 });
});

afterAll(async () => {
  await app?.close();
});

interface OldDraft {
  id: string;
  binnedId: string;
  answers: Record<string, any>;
}

// Runs in the page: builds the database exactly as the app's version 2
// left it, holding one draft with unreadable text and one in the bin.
function createVersion2(draft: OldDraft): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('bieu-mau', 2);
    open.onupgradeneeded = () => {
      const db = open.result;
      const meta = db.createObjectStore('draftMeta', { keyPath: 'id' });
      meta.createIndex('byUpdatedAt', 'updatedAt');
      db.createObjectStore('draftAnswers', { keyPath: 'id' });
      db.createObjectStore('trash', { keyPath: 'id' });
      const outbox = db.createObjectStore('outbox', {
        keyPath: 'submissionId',
      });
      outbox.createIndex('byDraftId', 'draftId');
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const now = new Date().toISOString();
      const meta = (id: string, name: string) => ({
        id,
        formId: 'bao-cao-ung-dung-cntt',
        formVersion: '2015',
        name,
        revision: 4,
        createdAt: now,
        updatedAt: now,
        summary: { answered: 0, total: 0, errors: 0 },
        status: 'draft',
      });
      const tx = db.transaction(
        ['draftMeta', 'draftAnswers', 'trash'],
        'readwrite',
      );
      tx.objectStore('draftMeta').put(meta(draft.id, 'Báo cáo năm trước'));
      tx.objectStore('draftAnswers').put({
        id: draft.id,
        answers: draft.answers,
        pendingText: { '/generalInfo/staffTotal': '12 cái' },
      });
      tx.objectStore('trash').put({
        id: draft.binnedId,
        meta: meta(draft.binnedId, 'Báo cáo đã xoá'),
        answers: { generalInfo: { agencyName: 'Xã đã xoá' } },
        removedAt: now,
      });
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

describe('a browser that kept drafts with the previous app version', () => {
  it('lists and opens the old draft with every answer after the upgrade', async () => {
    const page = app.page;
    const draft = {
      id: randomUUID(),
      binnedId: randomUUID(),
      answers: completeAnswers(),
    };
    await page.goto(`${app.baseUrl}/healthz`);
    await page.evaluate(createVersion2, draft);

    await app.openApp('#/ban-nhap');

    await page.getByText('Báo cáo năm trước').first().waitFor();
    const stored = await page.evaluate(readStoredRecords, draft.id);
    expect(stored.answers?.answers).toEqual(draft.answers);
    expect(Object.keys(stored.answers?.answers)).toEqual(
      Object.keys(draft.answers),
    );
    expect(stored.answers?.pendingText).toEqual({
      '/generalInfo/staffTotal': '12 cái',
    });
    const binned = await page.evaluate(
      (id) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('bieu-mau');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const read = db.transaction('trash').objectStore('trash').get(id);
            read.onsuccess = () => {
              db.close();
              resolve(read.result?.answers);
            };
            read.onerror = () => reject(read.error);
          };
        }),
      draft.binnedId,
    );
    expect(binned).toEqual({ generalInfo: { agencyName: 'Xã đã xoá' } });
    await app.openApp(`#/dien/${draft.id}`);
    expect(await (await agencyBox(page)).inputValue()).toBe(
      draft.answers.generalInfo.agencyName,
    );
  });
});
