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

/** The draft's stored record beside the answers, as IndexedDB holds it. */
export function storedAnswersRecord(
  page: Page,
  draftId: string,
): Promise<Record<string, any> | undefined> {
  return page.evaluate(
    (id) =>
      new Promise<Record<string, any> | undefined>((resolve, reject) => {
        const open = indexedDB.open('bieu-mau');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const read = db
            .transaction('draftAnswers')
            .objectStore('draftAnswers')
            .get(id);
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            db.close();
            resolve(read.result);
          };
        };
      }),
    draftId,
  );
}

/** The draft id in the fill page's address `#/dien/<id>/…`. */
export function draftIdOf(page: Page): string {
  const match = /#\/dien\/([^/]+)/.exec(page.url());
  if (!match) throw new Error(`Not on a fill page: ${page.url()}`);

  return decodeURIComponent(match[1]);
}
