import { useCallback, useRef, useState } from 'react';
import { dotPathToPointer } from '../../core/answers/sections';
import type { PendingText } from '../../drafts/pending-text';
import { isInRemovedRow } from './removed-rows';
import type { AnswerError } from '../../core/validation';

/** Boxes holding text they cannot read: data pointer → what the box says. */
export type UnreadableBoxes = ReadonlyMap<string, string>;

function sameKeys(a: ReadonlySet<string>, b: ReadonlyMap<string, string>) {
  return a.size === b.size && [...b.keys()].every((key) => a.has(key));
}

/**
 * Call in the report form with the draft's kept text: which boxes hold
 * unreadable text now (`boxes`, boxes on screen, with why; `pending`, every
 * box of the report, on screen or not), and the callbacks to give the
 * renderers through `config`. `onPendingText` hears every change of the
 * kept text, so it is saved with the draft.
 */
export function useUnreadableBoxes(
  initialText: PendingText | undefined,
  onPendingText: (pendingText: PendingText) => void,
) {
  const [boxes, setBoxes] = useState<UnreadableBoxes>(() => new Map());
  // The text changes per keystroke; only which boxes hold some re-renders.
  const texts = useRef(new Map(Object.entries(initialText ?? {})));
  const [pending, setPending] = useState<ReadonlySet<string>>(
    () => new Set(texts.current.keys()),
  );
  const saveRef = useRef(onPendingText);
  saveRef.current = onPendingText;

  const onUnreadable = useCallback((path: string, why: string | undefined) => {
    setBoxes((current) => {
      const pointer = dotPathToPointer(path);
      if (current.get(pointer) === why) return current;
      const next = new Map(current);
      if (why === undefined) next.delete(pointer);
      else next.set(pointer, why);

      return next;
    });
  }, []);
  const keptChanged = useCallback(() => {
    const all = texts.current;
    saveRef.current(Object.fromEntries(all));
    setPending((old) => (sameKeys(old, all) ? old : new Set(all.keys())));
  }, []);
  const onUnreadableText = useCallback(
    (path: string, text: string | undefined) => {
      const pointer = dotPathToPointer(path);
      const all = texts.current;
      if (all.get(pointer) === text) return;
      if (text === undefined) all.delete(pointer);
      else all.set(pointer, text);
      keptChanged();
    },
    [keptChanged],
  );
  // A removed row takes its boxes' text with it, or it would count forever.
  const forgetRemovedRows = useCallback(
    (answers: unknown) => {
      const all = texts.current;
      const gone = [...all.keys()].filter((p) => isInRemovedRow(answers, p));
      if (gone.length === 0) return;
      gone.forEach((pointer) => all.delete(pointer));
      keptChanged();
    },
    [keptChanged],
  );
  const unreadableTextAt = useCallback(
    (path: string) => texts.current.get(dotPathToPointer(path)),
    [],
  );

  return {
    boxes,
    pending,
    onUnreadable,
    onUnreadableText,
    unreadableTextAt,
    forgetRemovedRows,
  };
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
