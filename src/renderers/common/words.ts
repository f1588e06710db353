import { useJsonForms } from '@jsonforms/react';
import { jsonFormsTranslations } from '../i18n';

type WordKey = keyof (typeof jsonFormsTranslations)['vi'];

/**
 * The interface words of these renderers in the current locale, through the
 * app's `i18n.translate` when there is one, Vietnamese otherwise.
 */
export function useWords(): (key: WordKey) => string {
  const translate = useJsonForms().i18n?.translate;
  const vietnamese = jsonFormsTranslations.vi;

  return (key) =>
    translate ? translate(`bieuMau.${key}`, vietnamese[key]) : vietnamese[key];
}
