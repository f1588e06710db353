import type { DraftMeta, DraftRecord, DraftSummary, NewDraft } from './types';

const statuses = ['draft', 'queued', 'submitted'];

/** What was typed into a draft: stored apart from its meta. */
export type TypedAnswers = Pick<DraftRecord, 'answers' | 'pendingText'>;

/** Splits a record into its meta and what was typed. */
export function splitRecord(record: DraftRecord): {
  meta: DraftMeta;
  typed: TypedAnswers;
} {
  const { answers, pendingText, ...meta } = record;

  return { meta, typed: { answers, pendingText } };
}

/** Builds a fresh draft record; ids are random so copies never collide. */
export function newDraftRecord(input: NewDraft, now = new Date()): DraftRecord {
  const stamp = now.toISOString();

  return {
    id: crypto.randomUUID(),
    formId: input.formId,
    formVersion: input.formVersion,
    name: input.name?.trim() || defaultDraftName(now),
    answers: input.answers ?? {},
    revision: 1,
    createdAt: stamp,
    updatedAt: stamp,
    summary: emptySummary(),
    status: 'draft',
    ...(input.replaces ? { replaces: input.replaces } : {}),
  };
}

export function emptySummary(): DraftSummary {
  return { answered: 0, total: 0, errors: 0 };
}

function defaultDraftName(now: Date): string {
  const day = String(now.getDate()).padStart(2, '0');
  const month = String(now.getMonth() + 1).padStart(2, '0');

  return `Báo cáo tạo ngày ${day}/${month}/${now.getFullYear()}`;
}

/**
 * Checks a stored or imported meta record field by field; returns the
 * Vietnamese reason it cannot be used, or undefined when it is sound.
 */
export function findMetaProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) {
    return 'bản ghi không phải là một đối tượng';
  }
  const meta = value as Record<string, unknown>;
  for (const key of ['id', 'formId', 'formVersion', 'name'] as const) {
    if (typeof meta[key] !== 'string' || meta[key] === '') {
      return `thiếu trường "${key}"`;
    }
  }
  if (!Number.isInteger(meta.revision) || (meta.revision as number) < 1) {
    return 'số lần lưu (revision) không hợp lệ';
  }
  for (const key of ['createdAt', 'updatedAt'] as const) {
    if (Number.isNaN(Date.parse(String(meta[key])))) {
      return `thời điểm "${key}" không hợp lệ`;
    }
  }
  if (!statuses.includes(meta.status as string)) {
    return 'trạng thái không hợp lệ';
  }

  return findSummaryProblem(meta.summary);
}

function findSummaryProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'thiếu phần tóm tắt';
  const summary = value as Record<string, unknown>;
  for (const key of ['answered', 'total', 'errors'] as const) {
    if (typeof summary[key] !== 'number') {
      return `phần tóm tắt thiếu "${key}"`;
    }
  }

  return undefined;
}

/** Answers must be a plain object; anything else is damage. */
export function findAnswersProblem(answers: unknown): string | undefined {
  if (typeof answers === 'object' && answers !== null) {
    return Array.isArray(answers) ? 'câu trả lời bị hỏng' : undefined;
  }

  return 'không có câu trả lời';
}
