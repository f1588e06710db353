import {
  answerDeletes,
  answerWrites,
  draftScope,
  readAnswers,
} from './answer-store';
import { announceDraftChange, thisTabId } from './draft-channel';
import type { DraftDb } from './draft-db';
import { issueAll, runInTransaction } from './draft-transaction';
import { DraftNotFoundError } from './errors';
import type { DraftRecord } from './types';

/** Removed drafts stay restorable this long, then are purged on open. */
const TRASH_KEEP_MS = 7 * 24 * 60 * 60 * 1000;

/** Moves a draft to the trash in one transaction, so undo can bring it back. */
export async function removeDraft(db: DraftDb, id: string): Promise<void> {
  const tx = db.transaction(draftScope('trash'), 'readwrite');
  await runInTransaction(tx, async () => {
    const [meta, stored] = await Promise.all([
      tx.objectStore('draftMeta').get(id),
      readAnswers(db, tx, id),
    ]);
    if (!meta) throw new DraftNotFoundError(id);
    await issueAll(
      () =>
        tx.objectStore('trash').put({
          id,
          meta,
          answers: stored?.answers,
          removedAt: new Date().toISOString(),
        }),
      () => tx.objectStore('draftMeta').delete(id),
      ...answerDeletes(tx, id),
    );
  });
  announceDraftChange({ type: 'changed', id, tabId: thisTabId });
}

/** Brings a removed draft back exactly as it was (the undo of remove). */
export async function restoreDraft(
  db: DraftDb,
  id: string,
): Promise<DraftRecord> {
  const tx = db.transaction(draftScope('trash'), 'readwrite');
  const restored = await runInTransaction(tx, async () => {
    const trashed = await tx.objectStore('trash').get(id);
    if (!trashed) throw new DraftNotFoundError(id);
    const typed = { answers: trashed.answers };
    await issueAll(
      () => tx.objectStore('draftMeta').put(trashed.meta),
      ...answerWrites(db, tx, id, typed, undefined).requests,
      () => tx.objectStore('trash').delete(id),
    );

    return { ...trashed.meta, answers: trashed.answers };
  });
  announceDraftChange({ type: 'changed', id, tabId: thisTabId });

  return restored;
}

/** Deletes trash older than the undo window; safe to run on every open. */
export async function purgeOldTrash(
  db: DraftDb,
  now = Date.now(),
): Promise<void> {
  const tx = db.transaction('trash', 'readwrite');
  await runInTransaction(tx, async () => {
    let cursor = await tx.store.openCursor();
    while (cursor) {
      if (now - Date.parse(cursor.value.removedAt) > TRASH_KEEP_MS) {
        await cursor.delete();
      }
      cursor = await cursor.continue();
    }
  });
}
