import { useMemo } from 'react';
import type {
  Category,
  ErrorTranslator,
  JsonFormsI18nState,
} from '@jsonforms/core';
import type { FormDefinition } from '../../core/definition/types';
import { translateAjvError } from '../../core/validation';
import { createTranslator } from '../../renderers';
import type { FormLocale } from './use-locale';

export interface FormI18n {
  /** What `<JsonForms i18n>` takes; stable while the locale stays. */
  state: JsonFormsI18nState;
  /** A section's label in the chosen language (its `i18n` key, as JSON Forms). */
  label: (category: Category, section: number) => string;
}

/** Call in the fill page: JSON Forms' i18n for the chosen language. */
export function useFormI18n(
  definition: FormDefinition,
  locale: FormLocale,
): FormI18n {
  return useMemo(() => {
    const translate = createTranslator(locale, definition.translations[locale]);
    const translateError: ErrorTranslator = (error) =>
      translateAjvError(error, locale, definition.schema);
    const label = (category: Category, section: number) => {
      const printed = category.label ?? '';
      const key = category.i18n ? `${category.i18n}.label` : printed;

      return translate(key, printed) || `Mục ${section}`;
    };

    return { state: { locale, translate, translateError }, label };
  }, [definition, locale]);
}
