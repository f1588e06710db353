import { switchAppLocale, useAppLocale, useStrings } from '../i18n/strings';
import type { AppLocale } from '../i18n/strings';

/**
 * Vietnamese or English for the whole app: its own words, and a form's
 * labels where the form has a translation.
 */
export function LocaleSwitch() {
  const locale = useAppLocale();
  const text = useStrings().locale;

  return (
    <label className="locale-switch">
      {text.label}{' '}
      <select
        value={locale}
        onChange={(event) => {
          // A failed download leaves the language as it was.
          switchAppLocale(event.target.value as AppLocale).catch(
            (error: unknown) => console.warn(error),
          );
        }}
      >
        <option value="vi" lang="vi">
          {text.vi}
        </option>
        <option value="en" lang="en">
          {text.en}
        </option>
      </select>
    </label>
  );
}
