import type { ErrorObject } from 'ajv';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  sectionProgressOfVisible,
  type SectionProgress,
} from '../../core/answers/section-progress';
import type { FormDefinition } from '../../core/definition/types';
import type { AnswerError } from '../../core/validation';
import { checkOnPage } from '../definition/page-form';
import { checker } from '../definition/checker';
import { checkerKeyOf } from '../definition/load-definition-fast';
import type { AppLocale } from '../i18n/strings';

export interface ReportCheck {
  /** The answers this check was made on. */
  answers: unknown;
  errors: AnswerError[];
  /** The same errors as Ajv gave them, for JSON Forms to show by fields. */
  fieldErrors: ErrorObject[];
  progress: SectionProgress[];
}

export interface ReportChecking {
  /** The latest check, undefined until the first one is back. */
  checked: ReportCheck | undefined;
  /** Checks the answers as they are now on the page, before returning. */
  checkNow: () => void;
  /** Call with answers as they are typed; checks coalesce while one runs. */
  request: (answers: unknown) => void;
}

// A check whose errors and progress read the same as the last one changes
// nothing on screen: its lists keep their old identity so nothing showing
// them re-renders; only the answers it was made on are new.
function sameResult(a: ReportCheck | undefined, b: ReportCheck): boolean {
  return (
    a !== undefined &&
    JSON.stringify([a.errors, a.progress]) ===
      JSON.stringify([b.errors, b.progress])
  );
}

/**
 * Call in the report form: checks the whole report in the checker (at an
 * idle moment), never on the keystroke's own turn, with at most one check
 * running and the latest answers checked next. `onChecked` hears every
 * result, changed or not.
 */
export function useReportCheck(
  definition: FormDefinition,
  initialAnswers: unknown,
  locale: AppLocale,
  onChecked: (check: ReportCheck) => void,
  /** Root answer keys of the section on screen, kept compiled. */
  focus: string[],
): ReportChecking {
  const [checked, setChecked] = useState<ReportCheck>();
  const latest = useRef({ answers: initialAnswers, asked: true, seq: 0 });
  // The newest answers shown so far, so an older check never replaces them.
  const shownSeq = useRef(-1);
  const running = useRef(false);
  // A form replaced by a reload must not hand on answers it no longer owns.
  const mounted = useRef(true);
  // Read when a check starts, so a check never uses a stale language.
  const now = useRef({ definition, locale, onChecked, focus });
  now.current = { definition, locale, onChecked, focus };

  const show = useCallback((check: ReportCheck, seq: number) => {
    if (seq < shownSeq.current || !mounted.current) return;
    shownSeq.current = seq;
    setChecked((old) =>
      old && sameResult(old, check)
        ? { ...old, answers: check.answers }
        : check,
    );
    now.current.onChecked(check);
  }, []);

  const runNext = useCallback(
    function runNext() {
      if (running.current || !latest.current.asked) return;
      const { answers, seq } = latest.current;
      const { definition, locale } = now.current;
      latest.current.asked = false;
      running.current = true;
      const key = checkerKeyOf(definition);
      checker()
        .run({
          kind: 'answers',
          key,
          answers,
          locale,
          focus: now.current.focus,
        })
        .then(
          (reply) => {
            if (reply.kind === 'answers') show({ answers, ...reply }, seq);
          },
          (error: unknown) => console.warn(error),
        )
        .finally(() => {
          running.current = false;
          runNext();
        });
    },
    [show],
  );

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // A section coming on screen is compiled at the next idle moment, before
  // its first keystroke asks for a check.
  useEffect(() => {
    const key = checkerKeyOf(definition);
    checker()
      .run({ kind: 'prepare', key, focus })
      .catch((error: unknown) => console.warn(error));
  }, [definition, focus]);

  // A new definition or language checks the answers as they are now.
  useEffect(() => {
    latest.current.asked = true;
    runNext();
  }, [definition, locale, runNext]);

  const request = useCallback(
    (answers: unknown) => {
      latest.current = { answers, asked: true, seq: latest.current.seq + 1 };
      runNext();
    },
    [runNext],
  );

  // The person asked for the whole check and waits for it: it runs now,
  // not at an idle moment, on the answers as they are this instant.
  const checkNow = useCallback(() => {
    const { definition, locale } = now.current;
    const { answers, seq } = latest.current;
    checkOnPage(definition, answers, locale).then(
      (checked) => {
        const { errors, fieldErrors } = checked;
        const progress = sectionProgressOfVisible(
          definition,
          checked.answers,
          errors,
        );
        show({ answers, errors, fieldErrors, progress }, seq);
      },
      (error: unknown) => console.warn(error),
    );
  }, [show]);

  return { checked, checkNow, request };
}
