import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadFirstPage } from './shell/app';
import { currentLocale, loadAppStrings } from './i18n/strings';
import { fetchOpenedDraftForm } from './definition/early-fetch';
import { CATALOG_URL } from './definition/published-check';
import { precompiledPath } from '../core/validation/precompiled-format';
import { definitionPaths } from '../core/definition/definition-files';
import { TRANSLATION_LOCALES } from '../core/definition/names';
import './app.css';

// Screen readers pick their voice from it; the switch keeps it current.
document.documentElement.lang = currentLocale();

const FIRST_PAGE_WAIT_MS = 3000;

// The same URLs, spelled the same way, as the fill page then asks for.
fetchOpenedDraftForm(location.hash, (formId, version) => {
  const paths = definitionPaths(formId, version);
  const files = [paths.formJson, paths.schema, paths.uischema];
  files.push(paths.versionJson, ...TRANSLATION_LOCALES.map(paths.i18n));

  return [
    CATALOG_URL,
    ...files.map((file) => `forms/${file}`),
    `forms/${precompiledPath(formId, version, 'conditions')}`,
  ];
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html needs an element with id "root".');

// Opened straight on a report, its page's code is awaited before the first
// render (index.html shows "Đang tải…" meanwhile), so the report appears as
// soon as it is ready rather than after React's pause for a fallback. A
// slow network still gets the app's own loading screen after a while.
// The app's English words come the same way, for those who chose English.
const firstPageReady = Promise.race([
  Promise.all([
    preloadFirstPage(),
    loadAppStrings(currentLocale()).catch((error: unknown) =>
      console.warn(error),
    ),
  ]),
  new Promise((resolve) => setTimeout(resolve, FIRST_PAGE_WAIT_MS)),
]);
void firstPageReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

// Queued reports go out whenever any page of the app is open, not only the
// fill page; loaded on its own so the first page does not wait for it.
import('./submit/submission-sender')
  .then(({ startSubmissionSender }) => startSubmissionSender())
  .catch((error: unknown) => console.warn(error));
