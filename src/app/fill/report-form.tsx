import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { FormDefinition } from '../../core/definition/types';
import {
  clampSection,
  sectionAnswerKeys,
  sectionLayout,
  sectionsOf,
} from './sections';
import { SectionForm } from './section-form';
import { SectionNav } from './section-nav';
import { ErrorSummary } from './error-summary';
import { SectionPager } from './section-pager';
import { WholeReportCheck } from './whole-report-check';
import { useAppLocale, useStrings } from '../i18n/strings';
import { useFormI18n } from './use-form-i18n';
import { useReportCheck, type ReportCheck } from './use-report-check';
import { freshFieldErrors } from './stale-field-errors';
import { routeHash } from '../shell/routes';
import type { DraftSummary } from '../../drafts/types';
import { draftSummary } from './draft-summary';
import { sayWhatBoxesSay, useUnreadableBoxes } from './unreadable-boxes';
import { addUnreadableBoxes } from './unreadable-errors';
import type { PendingText } from '../../drafts/pending-text';

export interface ReportFormProps {
  definition: FormDefinition;
  draftId: string;
  /** The draft's answers when it was opened; read once. */
  initialAnswers: unknown;
  /** The draft's stored summary, sent with typing until a check is back. */
  initialSummary: DraftSummary;
  /** Unreadable text the draft kept for boxes; read once. */
  initialPendingText: PendingText | undefined;
  section: number;
  /** Called with every change JSON Forms reports; the autosave hook. */
  onAnswers: (answers: unknown, summary: DraftSummary) => void;
  /** Called when boxes' unreadable text changes, to save it with the draft. */
  onPendingText: (pendingText: PendingText) => void;
  /** Writes pending answers now; called when the person leaves a section. */
  flush: () => void;
  /** A sent report is shown but cannot be changed. */
  readOnly: boolean;
  /** Save status and storage warnings, shown under the title. */
  banner: ReactNode;
}

const noCheckYet: ReportCheck = {
  answers: undefined,
  errors: [],
  fieldErrors: [],
  progress: [],
};

/** The fill page once the draft and its definition are both loaded. */
export function ReportForm(props: ReportFormProps) {
  const { definition, draftId, onAnswers, flush } = props;
  const sections = useMemo(() => sectionsOf(definition.uischema), [definition]);
  const layouts = useMemo(() => sections.map(sectionLayout), [sections]);
  const current = clampSection(props.section, sections.length);
  const answersRef = useRef(props.initialAnswers);
  const summaryRef = useRef(props.initialSummary);
  const locale = useAppLocale();
  const text = useStrings().fill;
  const [checkedAll, setCheckedAll] = useState(false);
  const unreadable = useUnreadableBoxes(
    props.initialPendingText,
    props.onPendingText,
  );
  const i18n = useFormI18n(definition, locale, text.section);

  // The summary follows the check; the answers never wait for it.
  const onChecked = useCallback(
    (check: ReportCheck) => {
      const summary = draftSummary(definition, check.answers, check.progress);
      const changed =
        JSON.stringify(summary) !== JSON.stringify(summaryRef.current);
      summaryRef.current = summary;
      const typed = answersRef.current !== props.initialAnswers;
      if (changed && typed) onAnswers(answersRef.current, summary);
    },
    [definition, onAnswers, props.initialAnswers],
  );
  const focus = useMemo(
    () => sectionAnswerKeys(layouts[current - 1]),
    [layouts, current],
  );
  const report = useReportCheck(
    definition,
    props.initialAnswers,
    locale,
    onChecked,
    focus,
  );
  const checked = report.checked ?? noCheckYet;
  const { errors: checkedErrors, progress: checkedProgress } = checked;
  // Read as each check comes back: typing since then does not re-render.
  const fieldErrors = useMemo(
    () =>
      freshFieldErrors(
        checked.fieldErrors,
        checked.answers,
        answersRef.current,
      ),
    [checked],
  );
  const labels = useMemo(
    () => sections.map((s, i) => i18n.label(s, i + 1)),
    [sections, i18n],
  );
  const printed = useMemo(() => sections.map((s) => s.label), [sections]);
  // Unanswered questions are listed only once the whole report is checked:
  // a fresh section should not open with a wall of "Vui lòng trả lời".
  const { boxes, pending } = unreadable;
  const shownErrors = useMemo(
    () =>
      addUnreadableBoxes(
        definition,
        sayWhatBoxesSay(
          checkedAll
            ? checkedErrors
            : checkedErrors.filter((e) => e.keyword !== 'required'),
          boxes,
        ),
        pending,
        boxes,
        locale,
      ),
    [definition, checkedErrors, checkedAll, boxes, pending, locale],
  );
  const errorCounts = useMemo(
    () =>
      printed.map(
        (label) => shownErrors.filter((e) => e.section === label).length,
      ),
    [printed, shownErrors],
  );
  const sectionErrors = useMemo(
    () => shownErrors.filter((e) => e.section === printed[current - 1]),
    [shownErrors, printed, current],
  );
  const progress = useMemo(
    () =>
      printed.map((label) => checkedProgress.find((p) => p.label === label)),
    [printed, checkedProgress],
  );
  const allErrors = useMemo(
    () =>
      addUnreadableBoxes(
        definition,
        sayWhatBoxesSay(checkedErrors, boxes),
        pending,
        boxes,
        locale,
      ),
    [definition, checkedErrors, boxes, pending, locale],
  );
  const { checkNow } = report;
  const checkAll = useCallback(() => {
    checkNow();
    setCheckedAll(true);
  }, [checkNow]);

  useEffect(() => () => flush(), [current, flush]);
  // Normalised answers drop a row that held only unreadable text.
  const { forgetRemovedRows } = unreadable;
  useEffect(
    () => forgetRemovedRows(props.initialAnswers),
    [forgetRemovedRows, props.initialAnswers],
  );

  const { request } = report;
  const handleAnswers = useCallback(
    (next: unknown) => {
      if (next === answersRef.current) return;
      answersRef.current = next;
      onAnswers(next, summaryRef.current);
      forgetRemovedRows(next);
      request(next);
    },
    [onAnswers, request, forgetRemovedRows],
  );

  return (
    <div className="report">
      <header className="report-header">
        <h1>{definition.meta.title}</h1>
        <p className="report-version">
          {definition.versionMeta.title ?? text.version(definition.version)}
        </p>
        <div className="report-tools no-print">{props.banner}</div>
      </header>
      {/* The rail spans only the section's row: the sticky list inside it
          can never slide over the whole-report check below. */}
      <div className="section-nav-rail no-print">
        <SectionNav
          draftId={draftId}
          labels={labels}
          progress={progress}
          errorCounts={errorCounts}
          current={current}
        />
      </div>
      <section className="report-section" aria-labelledby="section-title">
        <h2 id="section-title">{labels[current - 1]}</h2>
        <ErrorSummary
          errors={sectionErrors}
          heading={text.sectionErrors(sectionErrors.length)}
        />
        <SectionForm
          key={current}
          schema={definition.schema}
          layout={layouts[current - 1]}
          answersRef={answersRef}
          i18n={i18n.state}
          fieldErrors={fieldErrors}
          lastCheck={checked}
          showAllErrors={checkedAll}
          readOnly={props.readOnly}
          onUnreadable={unreadable.onUnreadable}
          onUnreadableText={unreadable.onUnreadableText}
          unreadableTextAt={unreadable.unreadableTextAt}
          onAnswers={handleAnswers}
        />
        <SectionPager
          draftId={draftId}
          current={current}
          count={sections.length}
        />
      </section>
      <WholeReportCheck
        draftId={draftId}
        errors={allErrors}
        printed={printed}
        labels={labels}
        // Never "no errors" before a check has come back.
        checked={checkedAll && report.checked !== undefined}
        onCheck={checkAll}
      />
      <p className="no-print">
        <a href={routeHash({ page: 'print', draftId })}>{text.printLink}</a>
      </p>
    </div>
  );
}
