import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentHash(): string {
  return window.location.hash;
}

/** Call in the app shell: re-renders whenever the location hash changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);

  return parseRoute(hash);
}

/** Call to move to another page, e.g. after creating a draft. */
export function navigate(hash: string): void {
  window.location.hash = hash;
}
