import { routeHash } from '../shell/routes';
import { useStrings } from '../i18n/strings';

interface SectionPagerProps {
  draftId: string;
  current: number;
  count: number;
}

/** "Mục trước" and "Mục tiếp theo" at the foot of a section. */
export function SectionPager({ draftId, current, count }: SectionPagerProps) {
  const text = useStrings().fill;
  const hashOf = (section: number) =>
    routeHash({ page: 'fill', draftId, section });

  return (
    <nav className="section-pager no-print" aria-label={text.pager}>
      {current > 1 && (
        <a className="button secondary" href={hashOf(current - 1)}>
          {text.previous}
        </a>
      )}
      {current < count && (
        <a className="button" href={hashOf(current + 1)}>
          {text.next}
        </a>
      )}
    </nav>
  );
}
