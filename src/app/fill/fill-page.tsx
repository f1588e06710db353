import { useCallback, useRef, useState } from 'react';
import { DefinitionFailure } from '../definition/definition-failure';
import { useDefinition } from '../definition/use-definition';
import { useDraftSession } from '../drafts/use-draft-session';
import { SaveIndicator } from '../drafts/save-indicator';
import type { PendingText } from '../../drafts/pending-text';
import type { DraftSummary } from '../../drafts/types';
import { ReportForm } from './report-form';
import { downloadDraft } from '../drafts/download-draft';
import { ConflictNotice } from './conflict-notice';
import { SubmitPanel } from '../submit/submit-panel';
import { useStrings } from '../i18n/strings';
import './fill.css';

interface FillPageProps {
  draftId: string;
  section: number;
}

/**
 * `#/dien/<draftId>/muc/<n>`: loads the draft, then the definition of the
 * version it was started with, then shows one section at a time.
 */
export default function FillPage({ draftId, section }: FillPageProps) {
  const session = useDraftSession(draftId);
  const [attempt, setAttempt] = useState(0);
  const text = useStrings().fill;
  const draft = session.state === 'ready' ? session.draft : undefined;
  const definition = useDefinition(draft?.formId, draft?.formVersion, attempt);
  const sessionRef = useRef(session);
  sessionRef.current = session;
  // Stable callbacks: the form must not re-render on every save status.
  const onAnswers = useCallback((answers: unknown, summary: DraftSummary) => {
    const current = sessionRef.current;
    if (current.state === 'ready') current.onChange(answers, summary);
  }, []);
  const onPendingText = useCallback((pendingText: PendingText) => {
    const current = sessionRef.current;
    if (current.state === 'ready') current.onPendingText(pendingText);
  }, []);
  const flush = useCallback(() => {
    const current = sessionRef.current;
    if (current.state === 'ready') void current.flush();
  }, []);
  const exportCurrent = useCallback(() => {
    const current = sessionRef.current;
    if (current.state === 'ready') void downloadDraft(current.current());
  }, []);

  if (session.state === 'missing') {
    return (
      <p className="notice notice-error" role="alert">
        {text.missingBefore}
        <a href="#/ban-nhap">{text.missingLink}</a>.
      </p>
    );
  }
  if (session.state === 'error') {
    return (
      <p className="notice notice-error" role="alert">
        {session.message}
      </p>
    );
  }
  if (session.state !== 'ready' || !draft || definition.status === 'loading') {
    return <p className="loading">{text.opening}</p>;
  }
  if (definition.status === 'failed') {
    return (
      <DefinitionFailure
        error={definition.error}
        formId={draft.formId}
        version={draft.formVersion}
        onRetry={() => setAttempt((n) => n + 1)}
      />
    );
  }

  return (
    <>
      <ReportForm
        // A conflict reload replaces the draft: start the form over from it.
        key={`${draft.id}:${draft.revision}`}
        definition={definition.definition}
        draftId={draftId}
        initialAnswers={draft.answers}
        initialSummary={draft.summary}
        initialPendingText={draft.pendingText}
        onPendingText={onPendingText}
        section={section}
        onAnswers={onAnswers}
        flush={flush}
        readOnly={session.readOnly}
        banner={
          <>
            <SaveIndicator
              source={session.saveStatus}
              paused={session.paused}
              onExport={exportCurrent}
            />
            {session.conflict && <ConflictNotice conflict={session.conflict} />}
          </>
        }
      />
      <SubmitPanel
        draft={draft}
        definition={definition.definition}
        flush={session.flush}
      />
    </>
  );
}
