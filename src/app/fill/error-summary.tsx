import { memo } from 'react';
import type { AnswerError } from '../../core/validation';
import { focusField } from './focus-field';

interface ErrorSummaryProps {
  errors: AnswerError[];
  heading: string;
}

/**
 * The list of problems above a section: each line names the field and says
 * how to fix it, and clicking it puts the cursor in that field.
 */
export const ErrorSummary = memo(function ErrorSummary({
  errors,
  heading,
}: ErrorSummaryProps) {
  if (errors.length === 0) return null;

  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <h2>{heading}</h2>
      <ul>
        {errors.map((error, index) => (
          <li key={`${error.pointer}:${error.keyword}:${index}`}>
            <button
              type="button"
              className="link-button"
              onClick={(event) =>
                focusField(
                  event.currentTarget.closest('.report-section') ??
                    document.body,
                  error,
                )
              }
            >
              {error.message}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
});
