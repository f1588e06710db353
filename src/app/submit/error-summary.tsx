import type { AnswerError } from '../../core/validation';
import type { FormDefinition } from '../../core/definition/types';
import { groupBySection } from './group-errors';

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
  const groups = groupBySection(props.definition, props.errors);

  return (
    <div
      className="submit-errors"
      role="alert"
      aria-labelledby="submit-errors-title"
      tabIndex={-1}
    >
      <h3 id="submit-errors-title">
        Chưa nộp được: còn {props.errors.length} chỗ cần sửa
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
