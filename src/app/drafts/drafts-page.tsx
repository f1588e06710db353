import { useState, type ChangeEvent } from 'react';
import type { DraftMeta, SkippedDraft } from '../../drafts/types';
import {
  copyForNewYear,
  deleteDraft,
  duplicateDraft,
  exportDraft,
  importDraftFile,
  renameDraft,
  runAction,
  type ActionOutcome,
} from './draft-actions';
import { DraftRow, type DraftActionKind } from './draft-row';
import type { DraftQuestions } from './draft-questions';
import { useQuestionDialogs } from './question-dialogs';
import { useDraftList } from './use-draft-list';
import { useStrings } from '../i18n/strings';
import './drafts.css';

const actions: Record<
  DraftActionKind,
  (draft: DraftMeta, ask: DraftQuestions) => Promise<ActionOutcome | undefined>
> = {
  rename: renameDraft,
  duplicate: duplicateDraft,
  delete: deleteDraft,
  newYear: copyForNewYear,
  export: exportDraft,
};

/** The `#/ban-nhap` page: every draft on this machine, and what to do. */
export function DraftsPage() {
  const [listState, refresh] = useDraftList();
  const [outcome, setOutcome] = useState<ActionOutcome>();
  const [ask, questionDialog] = useQuestionDialogs();
  const text = useStrings().drafts;

  const run = (action: () => Promise<ActionOutcome | undefined>) => {
    runAction(action).then((result) => {
      setOutcome(result);
      refresh();
    });
  };
  const onImport = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) run(() => importDraftFile(file, ask));
  };

  return (
    <section className="page drafts-page">
      <h1>{text.title}</h1>
      {questionDialog}
      {outcome && <OutcomeNotice outcome={outcome} onUndo={run} />}
      <label className="import-label">
        {text.import}
        <input
          type="file"
          accept=".json,application/json"
          onChange={onImport}
        />
      </label>
      {listState.state === 'loading' && <p role="status">{text.loading}</p>}
      {listState.state === 'error' && (
        <p className="notice notice-error" role="alert">
          {listState.message}
        </p>
      )}
      {listState.state === 'ready' && (
        <>
          <SkippedNotice skipped={listState.list.skipped} />
          {listState.list.drafts.length === 0 ? (
            <p>
              {text.emptyBefore}
              <a href="#/">{text.emptyLink}</a>
              {text.emptyAfter}
            </p>
          ) : (
            <ul className="draft-list">
              {listState.list.drafts.map((draft) => (
                <DraftRow
                  key={draft.id}
                  draft={draft}
                  onAction={(kind, target) =>
                    run(() => actions[kind](target, ask))
                  }
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function OutcomeNotice(props: {
  outcome: ActionOutcome;
  onUndo(action: () => Promise<ActionOutcome | undefined>): void;
}) {
  const { outcome } = props;
  const text = useStrings().drafts;
  const undo = outcome.undo;
  const tone = outcome.tone === 'error' ? 'notice-error' : 'notice-info';

  return (
    <div
      className={`notice ${tone}`}
      role={outcome.tone === 'error' ? 'alert' : 'status'}
    >
      {outcome.message}{' '}
      {undo && (
        <button
          type="button"
          className="secondary"
          onClick={() =>
            props.onUndo(async () => {
              await undo();
              return { message: text.restored, tone: 'info' };
            })
          }
        >
          {text.undo}
        </button>
      )}
    </div>
  );
}

function SkippedNotice({ skipped }: { skipped: SkippedDraft[] }) {
  const text = useStrings().drafts;
  if (skipped.length === 0) return null;

  return (
    <div className="notice notice-error" role="alert">
      <p>{text.skipped(skipped.length)}</p>
      <ul>
        {skipped.map((item) => (
          <li key={item.id}>
            {item.id}: {item.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
