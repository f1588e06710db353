import { routeHash } from '../shell/routes';

interface SectionPagerProps {
  draftId: string;
  current: number;
  count: number;
}

/** "Mục trước" and "Mục tiếp theo" at the foot of a section. */
export function SectionPager({ draftId, current, count }: SectionPagerProps) {
  const hashOf = (section: number) =>
    routeHash({ page: 'fill', draftId, section });

  return (
    <nav className="section-pager no-print" aria-label="Chuyển mục">
      {current > 1 && (
        <a className="button secondary" href={hashOf(current - 1)}>
          ← Mục trước
        </a>
      )}
      {current < count && (
        <a className="button" href={hashOf(current + 1)}>
          Mục tiếp theo →
        </a>
      )}
    </nav>
  );
}
