import type { Page } from 'playwright-core';

/**
 * Reads a draft's saved answers straight from the page's IndexedDB, so a
 * test checks what was really stored, not what the screen shows.
 */
export async function storedAnswers(
  page: Page,
  draftId: string,
): Promise<Record<string, any>> {
  return (await storedAnswersRecord(page, draftId))?.answers ?? {};
}

/** A draft as IndexedDB holds it: its meta, and its answers put together. */
export interface StoredRecords {
  meta: Record<string, any> | undefined;
  /** `{ id, answers, pendingText? }`, undefined when nothing is stored. */
  answers: Record<string, any> | undefined;
}

/**
 * Runs in the page: reads one draft's meta, answers head and answer parts
 * in one transaction and joins the parts in the head's key order.
 */
export function readStoredRecords(id: string): Promise<StoredRecords> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('bieu-mau');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const stores = ['draftMeta', 'answerHeads', 'answerParts'];
      const tx = db.transaction(stores);
      const meta = tx.objectStore('draftMeta').get(id);
      const head = tx.objectStore('answerHeads').get(id);
      const range = IDBKeyRange.bound([id], [id, []]);
      const parts = tx.objectStore('answerParts').getAll(range);
      tx.onerror = () => reject(tx.error);
      tx.oncomplete = () => {
        db.close();
        if (!head.result) {
          return resolve({ meta: meta.result, answers: undefined });
        }
        const { keys, pendingText } = head.result;
        const byKey = new Map(
          parts.result.map((part: any) => [part.key, part.value]),
        );
        const answers = Object.fromEntries(
          keys.map((key: string) => [key, byKey.get(key)]),
        );
        resolve({
          meta: meta.result,
          answers: { id, answers, ...(pendingText && { pendingText }) },
        });
      };
    };
  });
}

/** The draft's stored record beside the answers, as IndexedDB holds it. */
export async function storedAnswersRecord(
  page: Page,
  draftId: string,
): Promise<Record<string, any> | undefined> {
  return (await page.evaluate(readStoredRecords, draftId)).answers;
}

/** The draft id in the fill page's address `#/dien/<id>/…`. */
export function draftIdOf(page: Page): string {
  const match = /#\/dien\/([^/]+)/.exec(page.url());
  if (!match) throw new Error(`Not on a fill page: ${page.url()}`);

  return decodeURIComponent(match[1]);
}
