import { pointerSegments } from '../definition/schema-path';

/**
 * Names a field in a message: given the field's data pointer and its printed
 * Vietnamese text, returns the text to show. `part` is `description` when an
 * example is asked for.
 */
export type LabelResolver = (
  pointer: string,
  printed: string,
  part?: 'label' | 'description',
) => string;

// Printed numbering ("2.", "1.2.2.", "b)", "-") belongs to the paper's
// layout, not to the field's name inside a sentence.
const NUMBERING = /^(?:[\d.]+\.?|[a-zđ]\)|-)\s+/i;

/**
 * Call with a form version's `i18n/<locale>.json` to name fields in that
 * language in messages. It uses the keys JSON Forms uses for labels (the
 * data path without row numbers, then `.label`), or the printed text itself
 * as a key, and keeps the printed text when neither is translated.
 */
export function translatedLabels(
  translations: Record<string, string>,
): LabelResolver {
  return (pointer, printed, part = 'label') => {
    const path = pointerSegments(pointer).filter((s) => !/^\d+$/.test(s));
    const key = [...path, part].join('.');
    const own = translations[key] ?? translations[printed];
    if (own === undefined) return printed;

    return part === 'label' ? own.replace(NUMBERING, '').trim() : own;
  };
}
