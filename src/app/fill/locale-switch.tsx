import type { FormLocale } from './use-locale';

interface LocaleSwitchProps {
  locale: FormLocale;
  /** Locales the form has translations for, besides Vietnamese. */
  available: string[];
  onChange: (locale: FormLocale) => void;
}

/** Lets a person read the form's labels in English when a translation exists. */
export function LocaleSwitch({
  locale,
  available,
  onChange,
}: LocaleSwitchProps) {
  if (!available.includes('en')) return null;

  return (
    <label className="locale-switch">
      Ngôn ngữ{' '}
      <select
        value={locale}
        onChange={(event) => onChange(event.target.value as FormLocale)}
      >
        <option value="vi">Tiếng Việt</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}
