import { useJsonForms } from '@jsonforms/react';
import type { BoxProblem } from './use-text-box';

/**
 * Call in a box renderer: turns why its text cannot be read into a line in
 * the form's language, through the app's `i18n.translate` (key
 * `bieuMau.<code>`), keeping the Vietnamese reason when nothing matches.
 */
export function useProblemText(): (problem?: BoxProblem) => string | undefined {
  const translate = useJsonForms().i18n?.translate;

  return (problem) => {
    if (!problem) return undefined;
    if (!translate || !problem.code) return problem.reason;

    return translate(`bieuMau.${problem.code}`, problem.reason, problem.values);
  };
}
