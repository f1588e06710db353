import { memo } from 'react';
import type { AnswerError } from '../../core/validation';
import { routeHash } from '../shell/routes';
import { useStrings } from '../i18n/strings';

interface WholeReportCheckProps {
  draftId: string;
  errors: AnswerError[];
  /** Sections' printed labels, as errors name them. */
  printed: string[];
  /** The same sections in the chosen language. */
  labels: string[];
  checked: boolean;
  onCheck: () => void;
}

function errorsBySection(errors: AnswerError[], printed: string[]) {
  return printed.map((label) => errors.filter((e) => e.section === label));
}

/**
 * "Kiểm tra toàn bộ": every error of the report, grouped by section with a
 * link to it. A report with errors can still be kept as a draft.
 */
export const WholeReportCheck = memo(function WholeReportCheck(
  props: WholeReportCheckProps,
) {
  const { draftId, errors, printed, labels, checked, onCheck } = props;
  const groups = errorsBySection(errors, printed);
  const text = useStrings().fill;

  return (
    <section className="whole-check no-print" aria-live="polite">
      <button type="button" className="secondary" onClick={onCheck}>
        {text.checkAll}
      </button>
      {checked && errors.length === 0 && (
        <p className="notice notice-good">{text.noErrors}</p>
      )}
      {checked && errors.length > 0 && (
        <div className="error-summary" role="alert">
          <h2>{text.reportErrors(errors.length)}</h2>
          <p>{text.errorsKept}</p>
          <ul>
            {groups.map((group, index) =>
              group.length === 0 ? null : (
                <li key={index}>
                  <a
                    href={routeHash({
                      page: 'fill',
                      draftId,
                      section: index + 1,
                    })}
                  >
                    {labels[index]}: {text.errorCount(group.length)}
                  </a>
                  <ul>
                    {group.map((error, n) => (
                      <li key={n}>{error.message}</li>
                    ))}
                  </ul>
                </li>
              ),
            )}
          </ul>
        </div>
      )}
    </section>
  );
});
