import { useSyncExternalStore } from 'react';

/** The languages the app speaks; Vietnamese is the default. */
export type AppLocale = 'vi' | 'en';

const STORAGE_KEY = 'bieu-mau.locale';
const listeners = new Set<() => void>();
// Kept here too, so the switch works even when storage is off (private mode).
let chosen: AppLocale | undefined;

function storedLocale(): AppLocale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** Call outside React (actions, thrown errors): the language chosen now. */
export function currentLocale(): AppLocale {
  chosen ??= storedLocale();

  return chosen;
}

/**
 * Call once the language's words are here (`switchAppLocale` waits for
 * them): every page follows, and it is remembered.
 */
export function setAppLocale(next: AppLocale): void {
  chosen = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Not remembered, but the switch still applies to this visit.
  }
  document.documentElement.lang = next;
  announceLocale();
}

/** Call when what the chosen language shows changed (its words arrived). */
export function announceLocale(): void {
  listeners.forEach((listener) => listener());
}

/** Call to be told of every change of language: `useSyncExternalStore`'s. */
export function subscribeToLocale(onChange: () => void): () => void {
  // Another tab's switch reaches this one through the storage event.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return;
    chosen = storedLocale();
    onChange();
  };
  listeners.add(onChange);
  window.addEventListener('storage', onStorage);

  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onStorage);
  };
}

/** Call in any component whose text depends on the chosen language. */
export function useAppLocale(): AppLocale {
  return useSyncExternalStore(subscribeToLocale, currentLocale);
}
