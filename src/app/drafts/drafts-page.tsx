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
import { useDraftList } from './use-draft-list';
import './drafts.css';

const actions: Record<
  DraftActionKind,
  (draft: DraftMeta) => Promise<ActionOutcome | undefined>
> = {
  rename: renameDraft,
  duplicate: duplicateDraft,
  delete: deleteDraft,
  newYear: copyForNewYear,
  export: exportDraft,
};

/** The `#/ban-nhap` page: every draft on this machine and what to do with it. */
export function DraftsPage() {
  const [listState, refresh] = useDraftList();
  const [outcome, setOutcome] = useState<ActionOutcome>();

  const run = (action: () => Promise<ActionOutcome | undefined>) => {
    runAction(action).then((result) => {
      setOutcome(result);
      refresh();
    });
  };
  const onImport = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) run(() => importDraftFile(file));
  };

  return (
    <section className="page drafts-page">
      <h1>Bản nháp trên máy này</h1>
      {outcome && <OutcomeNotice outcome={outcome} onUndo={run} />}
      <label className="import-label">
        Nhập bản nháp từ tệp (.json)
        <input
          type="file"
          accept=".json,application/json"
          onChange={onImport}
        />
      </label>
      {listState.state === 'loading' && (
        <p role="status">Đang tải danh sách…</p>
      )}
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
              Chưa có bản nháp nào. <a href="#/">Chọn biểu mẫu</a> để bắt đầu
              một báo cáo.
            </p>
          ) : (
            <ul className="draft-list">
              {listState.list.drafts.map((draft) => (
                <DraftRow
                  key={draft.id}
                  draft={draft}
                  onAction={(kind, target) => run(() => actions[kind](target))}
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
              return { message: 'Đã khôi phục bản nháp.', tone: 'info' };
            })
          }
        >
          Hoàn tác
        </button>
      )}
    </div>
  );
}

function SkippedNotice({ skipped }: { skipped: SkippedDraft[] }) {
  if (skipped.length === 0) return null;

  return (
    <div className="notice notice-error" role="alert">
      <p>
        {skipped.length} bản nháp bị hỏng nên không hiện trong danh sách. Các
        bản nháp khác không bị ảnh hưởng.
      </p>
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
