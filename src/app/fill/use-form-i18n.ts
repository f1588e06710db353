import { useMemo } from 'react';
import type {
  Category,
  ErrorTranslator,
  JsonFormsI18nState,
} from '@jsonforms/core';
import type { FormDefinition } from '../../core/definition/types';
import { translateAjvError } from '../../core/validation/translate-error';
import { translatedLabels } from '../../core/validation/translated-labels';
import { createTranslator } from '../../renderers';
import type { AppLocale } from '../i18n/strings';

export interface FormI18n {
  /** What `<JsonForms i18n>` takes; stable while the locale stays. */
  state: JsonFormsI18nState;
  /** A section's label in the chosen language (its `i18n` key, as JSON Forms). */
  label: (category: Category, section: number) => string;
}

/**
 * Call in the fill page: JSON Forms' i18n for the chosen language, whose
 * messages name fields by the form's own translation when it has one.
 * `sectionName` names a section that has no label.
 */
export function useFormI18n(
  definition: FormDefinition,
  locale: AppLocale,
  sectionName: (section: number) => string,
): FormI18n {
  return useMemo(() => {
    const own = definition.translations[locale];
    const translate = createTranslator(locale, own);
    const labelOf = locale !== 'vi' && own ? translatedLabels(own) : undefined;
    const translateError: ErrorTranslator = (error) =>
      translateAjvError(error, locale, definition.schema, labelOf);
    const label = (category: Category, section: number) => {
      const printed = category.label ?? '';
      const key = category.i18n ? `${category.i18n}.label` : printed;

      return translate(key, printed) || sectionName(section);
    };

    return { state: { locale, translate, translateError }, label };
  }, [definition, locale, sectionName]);
}
