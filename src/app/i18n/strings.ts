import { en } from './en';
import { currentLocale, useAppLocale, type AppLocale } from './locale';
import { vi, type AppStrings } from './vi';

export type { AppStrings } from './vi';
export {
  currentLocale,
  setAppLocale,
  useAppLocale,
  type AppLocale,
} from './locale';

const catalogue: Record<AppLocale, AppStrings> = { vi, en };

/** Call outside React: the app's words in the language chosen now. */
export function appStrings(): AppStrings {
  return catalogue[currentLocale()];
}

/** Call in a component: the app's words, re-rendering when the switch moves. */
export function useStrings(): AppStrings {
  return catalogue[useAppLocale()];
}
