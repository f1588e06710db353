import type { Translator } from '@jsonforms/core';
import { useJsonForms } from '@jsonforms/react';
import { jsonFormsTranslations } from '../i18n';

type WordKey = keyof (typeof jsonFormsTranslations)['vi'];

/**
 * The interface words of these renderers in the current locale, through the
 * app's `i18n.translate` when there is one, Vietnamese otherwise.
 */
export function useWords(): (key: WordKey) => string {
  return wordsIn(useJsonForms().i18n?.translate);
}

/** The same words through a given translator; for cells, which hold one. */
export function wordsIn(
  translate: Translator | undefined,
): (key: WordKey) => string {
  const vietnamese = jsonFormsTranslations.vi;

  return (key) =>
    translate ? translate(`bieuMau.${key}`, vietnamese[key]) : vietnamese[key];
}
