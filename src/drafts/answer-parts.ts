import { cleanPendingText, type PendingText } from './pending-text';

/**
 * What a draft's answers are stored as besides their parts: which parts
 * there are, in the answers' own key order, and the text boxes could not
 * read. Rewritten on every save, so it stays small.
 */
export interface AnswersHead {
  id: string;
  /** The answers' top-level keys (one per section); one part each. */
  keys: string[];
  /** New on every write: equal ids mean the parts did not change. */
  writeId: string;
  pendingText?: PendingText;
  /** Answers that are not a plain object (damage), kept as they came. */
  unsplit?: unknown;
}

/** One top-level answer of a draft, usually a whole section. */
export interface AnswerPart {
  draftId: string;
  key: string;
  value: unknown;
}

/** A draft's answers as the stores hold them. */
export interface SplitAnswers {
  head: AnswersHead;
  parts: AnswerPart[];
}

/** Every part of one draft: array keys sort after any string key. */
export function partsOf(draftId: string): IDBKeyRange {
  return IDBKeyRange.bound([draftId], [draftId, []]);
}

export function newWriteId(): string {
  return crypto.randomUUID();
}

export function isPlainObject(
  value: unknown,
): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Call before a write: the records that hold `answers` in parts. */
export function splitAnswers(
  draftId: string,
  answers: unknown,
  pendingText: unknown,
  writeId = newWriteId(),
): SplitAnswers {
  const pending = cleanPendingText(pendingText);
  const head: AnswersHead = {
    id: draftId,
    keys: [],
    writeId,
    ...(pending && { pendingText: pending }),
  };
  if (!isPlainObject(answers)) {
    return { head: { ...head, unsplit: answers }, parts: [] };
  }
  head.keys = Object.keys(answers);
  const parts = head.keys.map((key) => ({ draftId, key, value: answers[key] }));

  return { head, parts };
}

/**
 * Call after a read: puts the parts back together in the head's key order.
 * A part the head names but the store lacks is damage, reported in
 * Vietnamese as `problem`.
 */
export function joinAnswers(
  head: AnswersHead,
  parts: AnswerPart[],
): { answers: unknown; problem?: string } {
  if (!Array.isArray(head.keys)) {
    return {
      answers: undefined,
      problem: 'danh sách phần câu trả lời bị hỏng',
    };
  }
  if (!head.keys.length && 'unsplit' in head) return { answers: head.unsplit };
  const byKey = new Map(parts.map((part) => [part.key, part.value]));
  const missing = head.keys.find((key) => !byKey.has(key));
  // fromEntries defines each key, so even "__proto__" stays an answer.
  const answers = Object.fromEntries(
    head.keys.map((key) => [key, byKey.get(key)]),
  );
  if (missing === undefined) return { answers };

  return { answers, problem: `thiếu phần câu trả lời "${missing}"` };
}
