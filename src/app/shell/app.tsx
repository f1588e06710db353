import { Suspense, lazy } from 'react';
import { preloadablePage } from './preloadable-page';
import { AppHeader } from './app-header';
import { useRoute } from './use-route';
import { OfficePage, OfficeSubmissionView } from './optional-page';
import { HomePage } from '../home/home-page';
import { ErrorBoundary } from './error-boundary';
import { parseRoute, type Route } from './routes';
import { useStrings } from '../i18n/strings';
import { OfflineSupport } from '../../offline/offline-support';

// The fill and print pages carry JSON Forms and ajv; loading them lazily
// keeps the home page small enough for slow phones.
const fill = preloadablePage(() => import('../fill/fill-page'));
const print = preloadablePage(() => import('../print/print-page'));
const FillPage = fill.Page;
const PrintPage = print.Page;

/**
 * Call before the first render: when the app is opened straight on a report
 * or its printout, resolves once that page's code has arrived (or failed),
 * so it is shown without passing through a loading fallback.
 */
export function preloadFirstPage(): Promise<void> {
  const { page } = parseRoute(location.hash);
  const preload =
    page === 'fill' ? fill.preload : page === 'print' ? print.preload : null;

  return preload ? preload().catch(() => undefined) : Promise.resolve();
}
const DraftsPage = lazy(() =>
  import('../drafts/drafts-page').then((m) => ({ default: m.DraftsPage })),
);

function PageFor({ route }: { route: Route }) {
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'drafts':
      return <DraftsPage />;
    case 'fill':
      return <FillPage draftId={route.draftId} section={route.section} />;
    case 'print':
      return <PrintPage draftId={route.draftId} />;
    case 'office':
      return OfficePage ? <OfficePage /> : <NotFound />;
    case 'officeSubmission':
      return OfficeSubmissionView ? (
        <OfficeSubmissionView submissionId={route.submissionId} />
      ) : (
        <NotFound />
      );
    case 'notFound':
      return <NotFound />;
  }
}

function NotFound() {
  const text = useStrings().shell;

  return (
    <section className="page">
      <h1>{text.notFoundTitle}</h1>
      <p>
        {text.notFoundText} <a href="#/">{text.backHome}</a>.
      </p>
    </section>
  );
}

/** The whole app: header, then the page the location hash names. */
export function App() {
  const route = useRoute();
  const text = useStrings().shell;
  const key = route.page === 'fill' ? `fill:${route.draftId}` : route.page;

  return (
    <>
      <AppHeader route={route} hasOffice={OfficePage !== undefined} />
      <main id="noi-dung" className="app-main">
        <OfflineSupport text={text} />
        <ErrorBoundary key={key}>
          <Suspense fallback={<p className="loading">{text.loading}</p>}>
            <PageFor route={route} />
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
