import { useState } from 'react';
import type { FormDefinition } from '../../core/definition/types';
import type { AnswerError } from '../../core/validation';
import { describeStorageError } from '../../drafts/errors';
import type { DraftRecord } from '../../drafts/types';
import { ConfirmDialog } from '../shell/modal-dialog';
import { ErrorSummary } from './error-summary';
import { openError } from './open-error';
import { RevisionButton } from './revision-button';
import { sendQueuedNow } from './submission-sender';
import { checkStoredReport, queueReport } from './submit-report';
import { SubmitStatusView } from './submit-status-view';
import { useSubmitStatus } from './use-submit-status';
import { useStrings } from '../i18n/strings';
import './submit.css';

export interface SubmitPanelProps {
  draft: DraftRecord;
  definition: FormDefinition;
  /** Writes typing that has not been saved yet. */
  flush: () => Promise<void> | void;
  /**
   * Called with every error when the report cannot be submitted yet, e.g.
   * so the form marks them beside their fields; the panel lists them too.
   */
  onShowErrors?: (errors: AnswerError[]) => void;
}

type Phase =
  | { step: 'idle' }
  | { step: 'busy'; label: string }
  | { step: 'invalid'; errors: AnswerError[] }
  | { step: 'confirm'; draft: DraftRecord }
  | { step: 'failed'; message: string };

/**
 * "Nộp báo cáo" on the fill page: checks the whole report, asks for
 * confirmation, queues it, then shows its way to the office.
 */
export function SubmitPanel(props: SubmitPanelProps) {
  const { draft, definition } = props;
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const { status, refresh } = useSubmitStatus(draft);
  const text = useStrings().submit;
  const canSubmit = status.kind === 'editing' || status.kind === 'refused';

  async function check() {
    setPhase({ step: 'busy', label: text.checking });
    try {
      await props.flush();
      const checked = await checkStoredReport(draft.id, definition);
      if (checked.errors.length > 0) {
        setPhase({ step: 'invalid', errors: checked.errors });
        props.onShowErrors?.(checked.errors);
        return;
      }
      setPhase({ step: 'confirm', draft: checked.draft });
    } catch (error) {
      setPhase({ step: 'failed', message: describeStorageError(error) });
    }
  }

  async function submit(stored: DraftRecord) {
    setPhase({ step: 'busy', label: text.queueing });
    try {
      await queueReport(stored, definition);
      setPhase({ step: 'idle' });
      refresh();
    } catch (error) {
      setPhase({ step: 'failed', message: describeStorageError(error) });
    }
  }

  return (
    <section className="submit-panel no-print" aria-labelledby="submit-title">
      <h2 id="submit-title">{text.title}</h2>
      <SubmitStatusView
        status={status}
        onSendNow={() => void sendQueuedNow()}
      />
      {canSubmit && (
        <div className="submit-actions">
          <button
            type="button"
            onClick={() => void check()}
            disabled={phase.step === 'busy'}
          >
            {text.submit}
          </button>
          {phase.step === 'busy' && <span role="status">{phase.label}</span>}
        </div>
      )}
      {status.kind === 'submitted' && <RevisionButton draft={draft} />}
      {phase.step === 'failed' && (
        <p className="notice notice-error" role="alert">
          {phase.message}
        </p>
      )}
      {phase.step === 'invalid' && canSubmit && (
        <ErrorSummary
          draftId={draft.id}
          definition={definition}
          errors={phase.errors}
          onOpenError={(error, section) => openError(draft.id, section, error)}
        />
      )}
      {phase.step === 'confirm' && (
        <ConfirmDialog
          title={text.confirmTitle}
          confirmLabel={text.submit}
          cancelLabel={text.back}
          onCancel={() => setPhase({ step: 'idle' })}
          onConfirm={() => void submit(phase.draft)}
        >
          <p>{text.confirmText}</p>
          {draft.replaces && <p>{text.replacesText}</p>}
        </ConfirmDialog>
      )}
    </section>
  );
}
