import { removePointer, writePointer } from './answer-pointers';
import { newDraftRecord } from './draft-records';
import type { DraftRecord } from './types';

/**
 * Builds next year's draft from an old report: same answers, minus the
 * per-year ones (counts, money, dates), with the new year written in.
 */
export function copyAnswersForNewYear(
  source: DraftRecord,
  year: number,
  perYearPointers: string[],
  yearPointer?: string,
): DraftRecord {
  const answers = structuredClone(source.answers ?? {}) as Record<
    string,
    unknown
  >;
  // Longest first, so removing an array item never shifts a later pointer.
  const pointers = [...perYearPointers].sort((a, b) => b.localeCompare(a));
  for (const pointer of pointers) removePointer(answers, pointer);
  if (yearPointer) writePointer(answers, yearPointer, year);
  const copy = newDraftRecord({
    formId: source.formId,
    formVersion: source.formVersion,
    name: `${stripYear(source.name)} – năm ${year}`,
    answers,
  });

  return { ...copy, summary: { ...source.summary, year, errors: 0 } };
}

function stripYear(name: string): string {
  return name.replace(/\s*–\s*năm \d{4}$/, '');
}
