import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/app';
import { currentLocale } from './i18n/strings';
import './app.css';

// Screen readers pick their voice from it; the switch keeps it current.
document.documentElement.lang = currentLocale();

const root = document.getElementById('root');
if (!root) throw new Error('index.html needs an element with id "root".');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Queued reports go out whenever any page of the app is open, not only the
// fill page; loaded on its own so the first page does not wait for it.
import('./submit/submission-sender')
  .then(({ startSubmissionSender }) => startSubmissionSender())
  .catch((error: unknown) => console.warn(error));
