import type { AnswerError } from '../../core/validation';
import type { FormDefinition } from '../../core/definition/types';
import { groupBySection } from './group-errors';
import { useAppLocale, useStrings } from '../i18n/strings';
import { useFormI18n } from '../fill/use-form-i18n';

interface ErrorSummaryProps {
  draftId: string;
  definition: FormDefinition;
  errors: AnswerError[];
  onOpenError: (error: AnswerError, section: number) => void;
}

/**
 * What still blocks submitting, grouped by section; every message is a link
 * that opens its section and puts the cursor in the field.
 */
export function ErrorSummary(props: ErrorSummaryProps) {
  const text = useStrings();
  const i18n = useFormI18n(props.definition, useAppLocale(), text.fill.section);
  const groups = groupBySection(props.definition, props.errors, i18n.label);

  return (
    <div
      className="submit-errors"
      role="alert"
      aria-labelledby="submit-errors-title"
      tabIndex={-1}
    >
      <h3 id="submit-errors-title">
        {text.submit.blocked(props.errors.length)}
      </h3>
      {groups.map((group) => (
        <section key={group.section} aria-label={group.title}>
          <h4>{group.title}</h4>
          <ul>
            {group.errors.map((error, index) => (
              <li key={`${error.pointer}:${error.keyword}:${index}`}>
                <a
                  href={sectionHash(props.draftId, group.section)}
                  onClick={(event) => {
                    event.preventDefault();
                    props.onOpenError(error, group.section);
                  }}
                >
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Call to build the link to one section of a draft's fill page. */
export function sectionHash(draftId: string, section: number): string {
  return `#/dien/${encodeURIComponent(draftId)}/muc/${section}`;
}
