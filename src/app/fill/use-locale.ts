import { useCallback, useState } from 'react';

export type FormLocale = 'vi' | 'en';

const STORAGE_KEY = 'bieu-mau.locale';

function storedLocale(): FormLocale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    // Storage may be off (private mode): Vietnamese is the sensible default.
    return 'vi';
  }
}

/** Call in the fill page: the language of form labels, kept across visits. */
export function useFormLocale(): [FormLocale, (next: FormLocale) => void] {
  const [locale, setLocale] = useState<FormLocale>(storedLocale);
  const choose = useCallback((next: FormLocale) => {
    setLocale(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered, but the switch still applies to this visit.
    }
  }, []);

  return [locale, choose];
}
