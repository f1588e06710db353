import { useSyncExternalStore } from 'react';
import {
  announceLocale,
  currentLocale,
  setAppLocale,
  subscribeToLocale,
  type AppLocale,
} from './locale';
import { vi, type AppStrings } from './vi';

export type { AppStrings } from './vi';
export { currentLocale, useAppLocale, type AppLocale } from './locale';

// Vietnamese is always here; English is fetched only by those who choose it,
// so a Vietnamese page never holds both.
const loaded: Partial<Record<AppLocale, AppStrings>> = { vi };
let english: Promise<void> | undefined;

/**
 * Call before showing the app in `locale` (start-up, the switch): resolves
 * once its words have arrived, so no page shows a mix of two languages.
 */
export function loadAppStrings(locale: AppLocale): Promise<void> {
  if (loaded[locale]) return Promise.resolve();
  english ??= import('./en').then(
    (module) => {
      loaded.en = module.en;
      announceLocale();
    },
    (error: unknown) => {
      // A failed download may succeed when the switch is moved again.
      english = undefined;
      throw error;
    },
  );

  return english;
}

/** Call from the language switch: pages follow once their words are in. */
export async function switchAppLocale(next: AppLocale): Promise<void> {
  await loadAppStrings(next);
  setAppLocale(next);
}

/** Call outside React: the app's words in the language chosen now. */
export function appStrings(): AppStrings {
  const locale = currentLocale();
  const strings = loaded[locale];
  // Chosen in another tab before this one fetched them: Vietnamese until
  // they arrive, then every page re-renders.
  if (!strings) loadAppStrings(locale).catch(() => undefined);

  return strings ?? vi;
}

/** Call in a component: the app's words, re-rendering when the switch moves. */
export function useStrings(): AppStrings {
  return useSyncExternalStore(subscribeToLocale, appStrings);
}
