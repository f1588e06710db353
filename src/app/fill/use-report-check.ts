import { useCallback, useEffect, useRef, useState } from 'react';
import type { SectionProgress } from '../../core/answers';
import type { FormDefinition } from '../../core/definition/types';
import type { AnswerError } from '../../core/validation';
import { checker } from '../definition/checker';
import { checkerKeyOf } from '../definition/load-definition-fast';
import type { AppLocale } from '../i18n/strings';

export interface ReportCheck {
  /** The answers this check was made on. */
  answers: unknown;
  errors: AnswerError[];
  progress: SectionProgress[];
}

export interface ReportChecking {
  /** The latest check, undefined until the first one is back. */
  checked: ReportCheck | undefined;
  /** Whether `checked` is about the answers as they are now. */
  settled: boolean;
  /** Call with answers as they are typed; checks coalesce while one runs. */
  request: (answers: unknown) => void;
}

// A check whose errors and progress read the same as the last one changes
// nothing on screen: keep the old object so nothing re-renders.
function sameResult(a: ReportCheck | undefined, b: ReportCheck): boolean {
  return (
    a !== undefined &&
    JSON.stringify([a.errors, a.progress]) ===
      JSON.stringify([b.errors, b.progress])
  );
}

/**
 * Call in the report form: checks the whole report in the checker (a
 * worker), never on the keystroke's own turn, with at most one check
 * running and the latest answers checked next. `onChecked` hears every
 * result, changed or not.
 */
export function useReportCheck(
  definition: FormDefinition,
  initialAnswers: unknown,
  locale: AppLocale,
  onChecked: (check: ReportCheck) => void,
): ReportChecking {
  const [checked, setChecked] = useState<ReportCheck>();
  const [settled, setSettled] = useState(false);
  const latest = useRef({ answers: initialAnswers, asked: true });
  const running = useRef(false);
  // A form replaced by a reload must not hand on answers it no longer owns.
  const mounted = useRef(true);
  // Read when a check starts, so a check never uses a stale language.
  const now = useRef({ definition, locale, onChecked });
  now.current = { definition, locale, onChecked };

  const runNext = useCallback(function runNext() {
    if (running.current || !latest.current.asked) return;
    const { answers } = latest.current;
    const { definition, locale } = now.current;
    latest.current.asked = false;
    running.current = true;
    checker()
      .run({ kind: 'answers', key: checkerKeyOf(definition), answers, locale })
      .then(
        (reply) => {
          if (reply.kind !== 'answers' || !mounted.current) return;
          const check = { answers, ...reply };
          setChecked((old) => (sameResult(old, check) ? old : check));
          now.current.onChecked(check);
        },
        (error: unknown) => console.warn(error),
      )
      .finally(() => {
        running.current = false;
        if (latest.current.asked) runNext();
        else if (mounted.current) setSettled(true);
      });
  }, []);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // A new definition or language checks the answers as they are now.
  useEffect(() => {
    latest.current.asked = true;
    runNext();
  }, [definition, locale, runNext]);

  const request = useCallback(
    (answers: unknown) => {
      latest.current = { answers, asked: true };
      setSettled(false);
      runNext();
    },
    [runNext],
  );

  return { checked, settled, request };
}
