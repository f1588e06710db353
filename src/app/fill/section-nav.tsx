import type { SectionProgress } from '../../core/answers';
import { routeHash } from '../shell/routes';

interface SectionNavProps {
  draftId: string;
  labels: string[];
  progress: (SectionProgress | undefined)[];
  current: number;
}

function progressText(progress: SectionProgress | undefined): string {
  if (!progress) return '';
  const answered = `${progress.answered}/${progress.total} đã trả lời`;

  return progress.errors > 0
    ? `${answered} · ${progress.errors} lỗi`
    : answered;
}

/** The list of sections, each with how far it is filled and its errors. */
export function SectionNav(props: SectionNavProps) {
  const { draftId, labels, progress, current } = props;

  return (
    <nav className="section-nav no-print" aria-label="Các mục của báo cáo">
      <ol>
        {labels.map((label, index) => {
          const section = index + 1;
          const errors = progress[index]?.errors ?? 0;

          return (
            <li key={section} className={errors > 0 ? 'has-errors' : ''}>
              <a
                href={routeHash({ page: 'fill', draftId, section })}
                aria-current={section === current ? 'step' : undefined}
              >
                <span className="section-title">{label}</span>
                <span className="section-progress">
                  {progressText(progress[index])}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
