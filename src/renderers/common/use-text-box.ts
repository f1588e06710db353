import { flushSync } from 'react-dom';
import {
  startTransition,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ChangeEvent,
  type CompositionEvent,
  type FocusEvent,
} from 'react';

/**
 * Why a box's text cannot be read: `reason` in Vietnamese; `code` and
 * `values` let `useProblemText` say it in the chosen language.
 */
export interface BoxProblem {
  reason: string;
  code?: string;
  values?: Record<string, string | number>;
}

/** Why a box's text cannot be read, with that text as typed. */
export type UnreadableText = BoxProblem & { text: string };

/** What a box's text means: a value (undefined when empty), or why not. */
export type BoxReading<T> =
  { ok: true; value: T | undefined } | ({ ok: false } & BoxProblem);

/** How one kind of box turns stored values into text and back. */
export interface BoxCodec<T> {
  format(value: T): string;
  parse(text: string): BoxReading<T>;
}

type BoxElement = HTMLInputElement | HTMLTextAreaElement;

// Values this box pushed recently; an echo of one of them is not a change
// from outside, so it must not overwrite what the person is still typing.
const ECHO_MEMORY = 20;

/**
 * Wires an uncontrolled text box to a stored value so typing is never
 * disturbed: every `input` event outside an IME composition pushes the
 * parsed value at once (no timer holds it), a composition pushes only when
 * it ends, and the box text is replaced only when the value changes from
 * outside (a draft loaded, a row removed), so the caret never jumps. Text
 * that cannot be read stays in the box, the stored value becomes undefined
 * and `problem` says why and holds the text. `savedText` is such text kept
 * from an earlier visit: the box starts with it while it has no value.
 * With `deferTyping`, what a keystroke pushes re-renders the form as a
 * transition React may spread over several frames; leaving the box pushes
 * its value again at once, so nothing waits on a deferred render when the
 * person moves on.
 */
export function useTextBox<T>(
  value: T | undefined,
  codec: BoxCodec<T>,
  onCommit: (value: T | undefined) => void,
  savedText?: string,
  deferTyping = false,
) {
  const box = useRef<BoxElement>(null);
  const composing = useRef(false);
  const focused = useRef(false);
  const pushed = useRef<(T | undefined)[]>([value]);
  // A deferred push whose render may not have run yet.
  const deferred = useRef(false);
  const [start] = useState(() => startOf(value, codec, savedText));
  const [problem, setProblem] = useState(start.problem);
  const initialText = start.text;

  useLayoutEffect(() => {
    const own = focused.current
      ? pushed.current.includes(value)
      : pushed.current.at(-1) === value;
    if (own || !box.current) return;
    pushed.current = [value];
    setProblem(undefined);
    box.current.value = textOf(value, codec);
  }, [value, codec]);

  // Text this version can read (its reading was widened since) is kept
  // as the answer it now means.
  useEffect(() => {
    if (start.readable) commit(start.text, true);
  }, []);

  // A deferred keystroke must not wait for its render when the page is
  // about to go away or change section without the box losing focus (tab
  // closed or hidden, the Back button): it is pushed now, rendered at once,
  // and so reaches the draft before the page's own exit saves, which
  // listen after these capturing listeners.
  useEffect(() => {
    if (!deferTyping) return;
    const pushPending = () => {
      const text = box.current?.value;
      if (!deferred.current || composing.current || text === undefined) return;
      flushSync(() => latestCommit.current(text, true));
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') pushPending();
    };
    window.addEventListener('pagehide', pushPending, true);
    window.addEventListener('hashchange', pushPending, true);
    window.addEventListener('visibilitychange', onHidden, true);

    return () => {
      window.removeEventListener('pagehide', pushPending, true);
      window.removeEventListener('hashchange', pushPending, true);
      window.removeEventListener('visibilitychange', onHidden, true);
    };
  }, [deferTyping]);

  const latestCommit = useRef(commit);
  latestCommit.current = commit;

  function push(next: T | undefined, urgent: boolean) {
    deferred.current = deferTyping && !urgent;
    if (deferred.current) startTransition(() => onCommit(next));
    else onCommit(next);
  }

  function commit(text: string, urgent = false): BoxReading<T> {
    const reading: BoxReading<T> =
      text.trim() === '' ? { ok: true, value: undefined } : codec.parse(text);
    setProblem(reading.ok ? undefined : { ...reading, text });
    const next = reading.ok ? reading.value : undefined;
    if (pushed.current.at(-1) !== next) {
      pushed.current = [...pushed.current.slice(-ECHO_MEMORY), next];
      push(next, urgent);
    } else if (urgent && deferred.current) {
      push(next, urgent);
    }

    return reading;
  }

  return {
    problem,
    inputProps: {
      ref: box as never,
      defaultValue: initialText,
      onFocus: () => {
        focused.current = true;
      },
      onChange: (event: ChangeEvent<BoxElement>) => {
        const native = event.nativeEvent as InputEvent;
        if (composing.current || native.isComposing) return;
        commit(event.currentTarget.value);
      },
      onCompositionStart: () => {
        composing.current = true;
      },
      onCompositionEnd: (event: CompositionEvent<BoxElement>) => {
        composing.current = false;
        commit(event.currentTarget.value);
      },
      onBlur: (event: FocusEvent<BoxElement>) => {
        focused.current = false;
        composing.current = false;
        const reading = commit(event.currentTarget.value, true);
        pushed.current = [pushed.current.at(-1)];
        // Leaving the box is the one moment rewriting it cannot move a caret.
        if (reading.ok)
          event.currentTarget.value = textOf(reading.value, codec);
      },
    },
  };
}

function textOf<T>(value: T | undefined, codec: BoxCodec<T>): string {
  return value === undefined || value === null ? '' : codec.format(value);
}

// Saved unreadable text is shown only in a box that has no value since.
function startOf<T>(
  value: T | undefined,
  codec: BoxCodec<T>,
  savedText: string | undefined,
): { text: string; problem?: UnreadableText; readable?: boolean } {
  const text = textOf(value, codec);
  if (text !== '' || !savedText || savedText.trim() === '') return { text };
  const reading = codec.parse(savedText);

  return reading.ok
    ? { text: savedText, readable: true }
    : { text: savedText, problem: { ...reading, text: savedText } };
}
