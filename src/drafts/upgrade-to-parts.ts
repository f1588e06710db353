import type { IDBPDatabase } from 'idb';
import { splitAnswers } from './answer-parts';
import type { UpgradeSchema, UpgradeTx } from './draft-db';

/**
 * The upgrade to version 3: rewrites every draft's one answers record as a
 * head and parts, then drops the old store. Damaged answers move as they
 * are, so the list still reports them. Any failure aborts the upgrade and
 * leaves version 2 as it was. The trash keeps whole answers and stays.
 */
export function moveAnswersIntoParts(
  db: IDBPDatabase<UpgradeSchema>,
  tx: UpgradeTx,
): void {
  move(db, tx).catch((error: unknown) => {
    console.warn('Không chuyển được bản nháp sang cách lưu mới', error);
    try {
      tx.abort();
    } catch {
      // Already ended: the open reports the failure itself.
    }
  });
}

async function move(
  db: IDBPDatabase<UpgradeSchema>,
  tx: UpgradeTx,
): Promise<void> {
  const heads = tx.objectStore('answerHeads');
  const parts = tx.objectStore('answerParts');
  let cursor = await tx.objectStore('draftAnswers').openCursor();
  while (cursor) {
    const { id, answers, pendingText } = cursor.value;
    const split = splitAnswers(id, answers, pendingText);
    const writes = [
      heads.put(split.head),
      ...split.parts.map((part) => parts.put(part)),
    ];
    // A failed write aborts the upgrade; the cursor's await reports it.
    writes.forEach((write) => write.catch(() => undefined));
    cursor = await cursor.continue();
  }
  db.deleteObjectStore('draftAnswers');
}
