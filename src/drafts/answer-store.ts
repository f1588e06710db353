import type { IDBPTransaction, StoreNames } from 'idb';
import {
  isPlainObject,
  joinAnswers,
  partsOf,
  splitAnswers,
  type AnswersHead,
} from './answer-parts';
import type { DraftDb, DraftDbSchema } from './draft-db';
import { cleanPendingText, type PendingText } from './pending-text';

type DraftStoreName = StoreNames<DraftDbSchema>;

/** A transaction over the answer stores and whatever else the caller needs. */
export type AnswersTx<Mode extends IDBTransactionMode> = IDBPTransaction<
  DraftDbSchema,
  DraftStoreName[],
  Mode
>;

/** The stores a transaction that reads or writes a whole draft must span. */
export function draftScope(...more: DraftStoreName[]): DraftStoreName[] {
  return ['draftMeta', 'answerHeads', 'answerParts', ...more];
}

/** A draft's answers as read back, or undefined when it has none stored. */
export interface StoredAnswers {
  answers: unknown;
  pendingText?: PendingText;
  /** Vietnamese: why the stored answers are damaged. */
  problem?: string;
}

/**
 * The answers this page last wrote or read for one draft, and the write
 * they match (callers never change answers objects in place). A save
 * whose head still carries that write id knows the stored parts equal
 * these objects, so it writes only the parts whose object changed: the
 * form updates immutably, leaving the other sections' objects as they
 * were. One draft is enough: a page edits one at a time.
 */
interface KnownParts {
  db: DraftDb;
  id: string;
  writeId: string;
  answers: Record<string, unknown>;
}

let known: KnownParts | undefined;

/** Reads one draft's answers inside `tx` (which spans the answer stores). */
export async function readAnswers(
  db: DraftDb,
  tx: AnswersTx<IDBTransactionMode>,
  id: string,
): Promise<StoredAnswers | undefined> {
  const [head, parts] = await Promise.all([
    tx.objectStore('answerHeads').get(id),
    tx.objectStore('answerParts').getAll(partsOf(id)),
  ]);
  if (!head) return undefined;
  const { answers, problem } = joinAnswers(head, parts);
  const pendingText = cleanPendingText(head.pendingText);
  if (!problem) remember(db, id, head.writeId, answers);

  return { answers, ...(pendingText && { pendingText }), problem };
}

/**
 * The requests, for `issueAll`, that store `answers` in place of what
 * `stored` (the head read in this same transaction) describes. Parts
 * the page is known to have written already are skipped; parts of keys
 * no longer in the answers are deleted. Call `committed` once the
 * transaction has committed.
 */
export function answerWrites(
  db: DraftDb,
  tx: AnswersTx<'readwrite'>,
  id: string,
  typed: { answers: unknown; pendingText?: unknown },
  stored: AnswersHead | undefined,
): { requests: (() => Promise<unknown>)[]; committed: () => void } {
  const { head, parts } = splitAnswers(id, typed.answers, typed.pendingText);
  const heads = tx.objectStore('answerHeads');
  const store = tx.objectStore('answerParts');
  const same = stored && sameParts(db, id, stored);
  const requests: (() => Promise<unknown>)[] = [() => heads.put(head)];
  if (same) {
    const kept = new Set(head.keys);
    for (const key of stored.keys.filter((key) => !kept.has(key))) {
      requests.push(() => store.delete([id, key]));
    }
  } else {
    // The parts may be anyone's: clear them all, then write every one.
    requests.push(() => store.delete(partsOf(id)));
  }
  for (const part of parts) {
    const unchanged =
      same && Object.hasOwn(same, part.key) && same[part.key] === part.value;
    if (!unchanged) requests.push(() => store.put(part));
  }

  return {
    requests,
    committed: () => remember(db, id, head.writeId, typed.answers),
  };
}

/** Issues the requests that delete every stored answer of a draft. */
export function answerDeletes(
  tx: AnswersTx<'readwrite'>,
  id: string,
): (() => Promise<unknown>)[] {
  return [
    () => tx.objectStore('answerHeads').delete(id),
    () => tx.objectStore('answerParts').delete(partsOf(id)),
  ];
}

/** The answers known to be stored under `stored`, if this page knows them. */
function sameParts(
  db: DraftDb,
  id: string,
  stored: AnswersHead,
): Record<string, unknown> | undefined {
  const match =
    known?.db === db && known.id === id && known.writeId === stored.writeId;

  return match ? known?.answers : undefined;
}

function remember(
  db: DraftDb,
  id: string,
  writeId: string,
  answers: unknown,
): void {
  // Re-reading a known write (another panel of the fill page) must keep
  // the objects the form holds, or the next save would rewrite them all.
  if (known?.db === db && known.id === id && known.writeId === writeId) return;
  known = isPlainObject(answers) ? { db, id, writeId, answers } : undefined;
}
