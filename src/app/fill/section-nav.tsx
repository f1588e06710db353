import { memo, useState } from 'react';
import type { SectionProgress } from '../../core/answers';
import { routeHash } from '../shell/routes';
import { useStrings, type AppStrings } from '../i18n/strings';

interface SectionNavProps {
  draftId: string;
  labels: string[];
  progress: (SectionProgress | undefined)[];
  /** Errors worth showing now, per section. */
  errorCounts: number[];
  current: number;
}

function progressText(
  text: AppStrings['fill'],
  progress: SectionProgress | undefined,
  errors: number,
) {
  if (!progress) return '';
  const answered = text.answered(progress.answered, progress.total);

  return errors > 0 ? `${answered} · ${text.errorCount(errors)}` : answered;
}

// On a phone the list would fill the first screen, so it starts folded there.
function startsOpen(): boolean {
  return window.matchMedia?.('(min-width: 900px)').matches ?? true;
}

/** The list of sections, each with how far it is filled and its errors. */
export const SectionNav = memo(function SectionNav(props: SectionNavProps) {
  const { draftId, labels, progress, errorCounts, current } = props;
  const [open, setOpen] = useState(startsOpen);
  const text = useStrings().fill;

  return (
    <details
      className="section-nav no-print"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{text.sectionsAt(current, labels.length)}</summary>
      <nav aria-label={text.sections}>
        <ol>
          {labels.map((label, index) => {
            const section = index + 1;
            const errors = errorCounts[index] ?? 0;

            return (
              <li key={section} className={errors > 0 ? 'has-errors' : ''}>
                <a
                  href={routeHash({ page: 'fill', draftId, section })}
                  aria-current={section === current ? 'step' : undefined}
                >
                  <span className="section-title">{label}</span>
                  <span className="section-progress">
                    {progressText(text, progress[index], errors)}
                  </span>
                </a>
              </li>
            );
          })}
        </ol>
      </nav>
    </details>
  );
});
