import { useMemo } from 'react';
import { sectionProgress, type SectionProgress } from '../../core/answers';
import type { FormDefinition } from '../../core/definition/types';
import { compileForm, type AnswerError } from '../../core/validation';
import type { AppLocale } from '../i18n/strings';

export interface ReportCheck {
  /** The answers this check was made on. */
  answers: unknown;
  errors: AnswerError[];
  progress: SectionProgress[];
}

/**
 * Call with the answers as they are typed (deferred, so typing never waits
 * on it): every error of the whole report and each section's progress.
 */
export function useReportErrors(
  definition: FormDefinition,
  answers: unknown,
  locale: AppLocale,
): ReportCheck {
  return useMemo(() => {
    const errors = compileForm(definition).validate(answers, locale);

    const progress = sectionProgress(definition, answers, errors);

    return { answers, errors, progress };
  }, [definition, answers, locale]);
}
