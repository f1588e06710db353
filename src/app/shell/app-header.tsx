import { useStrings } from '../i18n/strings';
import { LocaleSwitch } from './locale-switch';
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

/** The app's top bar with its name, the main links and the language. */
export function AppHeader({ route, hasOffice }: AppHeaderProps) {
  const text = useStrings().shell;

  return (
    <header className="app-header no-print">
      <a className="app-name" href="#/">
        {text.appName}
      </a>
      <nav aria-label={text.mainNav}>
        <NavLink href="#/" current={route.page === 'home'} label={text.home} />
        <NavLink
          href="#/ban-nhap"
          current={route.page === 'drafts'}
          label={text.drafts}
        />
        {hasOffice && (
          <NavLink
            href="#/van-phong"
            current={
              route.page === 'office' || route.page === 'officeSubmission'
            }
            label={text.office}
          />
        )}
      </nav>
      <LocaleSwitch />
    </header>
  );
}
