import type { Route } from './routes';

interface AppHeaderProps {
  route: Route;
  hasOffice: boolean;
}

function NavLink(props: { href: string; current: boolean; label: string }) {
  return (
    <a href={props.href} aria-current={props.current ? 'page' : undefined}>
      {props.label}
    </a>
  );
}

/** The app's top bar with its name and the main links; hidden on paper. */
export function AppHeader({ route, hasOffice }: AppHeaderProps) {
  return (
    <header className="app-header no-print">
      <a className="app-name" href="#/">
        Biểu mẫu
      </a>
      <nav aria-label="Điều hướng chính">
        <NavLink href="#/" current={route.page === 'home'} label="Trang chủ" />
        <NavLink
          href="#/ban-nhap"
          current={route.page === 'drafts'}
          label="Bản nháp"
        />
        {hasOffice && (
          <NavLink
            href="#/van-phong"
            current={
              route.page === 'office' || route.page === 'officeSubmission'
            }
            label="Văn phòng"
          />
        )}
      </nav>
    </header>
  );
}
