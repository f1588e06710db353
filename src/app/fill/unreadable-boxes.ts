import { useCallback, useState } from 'react';
import type { AnswerError } from '../../core/validation';

/** Boxes holding text they cannot read: data pointer → what the box says. */
export type UnreadableBoxes = ReadonlyMap<string, string>;

// JSON Forms paths are dotted (`resources.training.classes`, `rows.0.name`);
// the form's keys are ASCII camelCase, so no key holds a dot.
function pointerOf(path: string): string {
  return path === '' ? '' : `/${path.split('.').join('/')}`;
}

/**
 * Call in the report form: which boxes hold unreadable text now, and the
 * `onUnreadable` callback to give the renderers through `config`.
 */
export function useUnreadableBoxes() {
  const [boxes, setBoxes] = useState<UnreadableBoxes>(() => new Map());
  const onUnreadable = useCallback((path: string, why: string | undefined) => {
    setBoxes((current) => {
      const pointer = pointerOf(path);
      if (current.get(pointer) === why) return current;
      const next = new Map(current);
      if (why === undefined) next.delete(pointer);
      else next.set(pointer, why);

      return next;
    });
  }, []);

  return { boxes, onUnreadable };
}

/**
 * Call on errors about to be listed: a box holding unreadable text has no
 * stored value, so "please answer" would contradict what the person sees
 * typed; the line says what the box says instead.
 */
export function sayWhatBoxesSay(
  errors: AnswerError[],
  boxes: UnreadableBoxes,
): AnswerError[] {
  if (boxes.size === 0) return errors;

  return errors.map((error) => {
    const why = boxes.get(error.pointer);
    if (why === undefined || error.keyword !== 'required') return error;

    return {
      ...error,
      keyword: 'unreadable',
      message: `${error.label}: ${why}`,
    };
  });
}
