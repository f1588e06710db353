import type { SectionProgress } from '../../core/answers';
import type { FormDefinition } from '../../core/definition/types';
import { readPointer } from '../../drafts/answer-pointers';
import type { DraftSummary } from '../../drafts/types';

function asYear(value: unknown): number | undefined {
  const year = typeof value === 'string' ? Number(value) : value;

  return typeof year === 'number' && Number.isInteger(year) ? year : undefined;
}

/**
 * What the drafts list shows about a report: its year and agency (found
 * through the version's `summary` pointers) and how far it is filled in.
 */
export function draftSummary(
  definition: FormDefinition,
  answers: unknown,
  progress: SectionProgress[],
): DraftSummary {
  const pointers = definition.versionMeta.summary ?? {};
  const agency = pointers.agency && readPointer(answers, pointers.agency);
  const sum = (pick: (p: SectionProgress) => number) =>
    progress.reduce((total, p) => total + pick(p), 0);

  return {
    year: pointers.year
      ? asYear(readPointer(answers, pointers.year))
      : undefined,
    agency: typeof agency === 'string' && agency !== '' ? agency : undefined,
    answered: sum((p) => p.answered),
    total: sum((p) => p.total),
    errors: sum((p) => p.errors),
  };
}
