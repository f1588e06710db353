import type { Translator } from '@jsonforms/core';
import { useJsonForms } from '@jsonforms/react';
import type { BoxProblem } from './use-text-box';

/**
 * Call in a box renderer: turns why its text cannot be read into a line in
 * the form's language, through the app's `i18n.translate` (key
 * `bieuMau.<code>`), keeping the Vietnamese reason when nothing matches.
 */
export function useProblemText(): (problem?: BoxProblem) => string | undefined {
  return problemTextIn(useJsonForms().i18n?.translate);
}

/** The same through a given translator; for cells, which hold one. */
export function problemTextIn(
  translate: Translator | undefined,
): (problem?: BoxProblem) => string | undefined {
  return (problem) => {
    if (!problem) return undefined;
    if (!translate || !problem.code) return problem.reason;

    return translate(`bieuMau.${problem.code}`, problem.reason, problem.values);
  };
}
