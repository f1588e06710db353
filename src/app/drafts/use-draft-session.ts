import { useEffect, useRef, useState } from 'react';
import { Autosaver, type SaveStatus } from '../../drafts/autosaver';
import { listenDraftChanges, thisTabId } from '../../drafts/draft-channel';
import { describeStorageError } from '../../drafts/errors';
import type { PendingText } from '../../drafts/pending-text';
import type { DraftRecord, DraftSummary } from '../../drafts/types';
import { onStoreBlocking } from './draft-store-access';
import {
  prefetchDraftForm,
  rememberDraftForm,
} from '../definition/prefetch-draft-form';
import { appStrings } from '../i18n/strings';
import { loadDraft, type LoadedDraft } from './load-draft';
import { usePageExitSaves } from './use-page-exit-saves';
import {
  createSaveStatusSource,
  type SaveStatusSource,
} from './save-status-source';

export type { SaveStatus };

export interface DraftConflict {
  message: string;
  /** Take the other tab's copy (the form shows it; typing here is dropped). */
  reload(): void;
  /** Keep this tab's copy and write it over the other one. */
  keepMine(): void;
}

export type DraftSession =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'error'; message: string }
  | {
      state: 'ready';
      /** The copy the form starts from; replaced only by a conflict reload. */
      draft: DraftRecord;
      onChange(answers: unknown, summary: DraftSummary): void;
      /** Boxes' unreadable text changed: saved beside the answers. */
      onPendingText(pendingText: PendingText): void;
      flush(): Promise<void>;
      /** The draft as typed so far, e.g. for an export while storage fails. */
      current(): DraftRecord;
      /** Subscribe to it where the status shows; the page never re-renders. */
      saveStatus: SaveStatusSource;
      /** Another tab saved too: saving waits until the user picks a copy. */
      paused: boolean;
      readOnly: boolean;
      conflict?: DraftConflict;
    };

/**
 * Loads a draft and keeps it saved while the fill page is open; the page
 * passes JSON Forms' data to `onChange` and never gets answers pushed back.
 */
export function useDraftSession(draftId: string): DraftSession {
  const [loaded, setLoaded] = useState<LoadedDraft | { kind: 'loading' }>({
    kind: 'loading',
  });
  const [failure, setFailure] = useState<string>();
  const [draft, setDraft] = useState<DraftRecord>();
  const [saveStatus] = useState(() =>
    createSaveStatusSource({ kind: 'saving' }),
  );
  const [theirRevision, setTheirRevision] = useState<number>();
  const saver = useRef<Autosaver | undefined>(undefined);

  useEffect(() => {
    let live = true;
    setLoaded({ kind: 'loading' });
    setFailure(undefined);
    prefetchDraftForm(draftId);
    loadDraft(draftId).then(
      (result) => {
        if (result.kind !== 'missing') {
          const { formId, formVersion } = result.draft;
          rememberDraftForm({ draftId, formId, version: formVersion });
        }
        if (live) setLoaded(result);
      },
      (error: unknown) => live && setFailure(describeStorageError(error)),
    );

    return () => {
      live = false;
    };
  }, [draftId]);

  useEffect(() => {
    if (loaded.kind !== 'stored' && loaded.kind !== 'memory') return;
    const store = loaded.kind === 'stored' ? loaded.store : undefined;
    const autosaver = new Autosaver(store, loaded.draft, {
      onStatus: saveStatus.set,
      onConflict: setTheirRevision,
    });
    saver.current = autosaver;
    setDraft(loaded.draft);
    setTheirRevision(undefined);
    if (store)
      saveStatus.set({ kind: 'saved', at: new Date(loaded.draft.updatedAt) });
    const stopListening = listenDraftChanges((message) => {
      if (message.id !== loaded.draft.id) return;
      if (message.type === 'saved' && message.tabId !== thisTabId) {
        autosaver.noticeRevision(message.revision);
      } else if (message.type === 'changed' && store) {
        store.get(message.id).then(
          (fresh) => fresh && setDraft((old) => withStatusOf(old, fresh)),
          (error: unknown) => console.warn(error),
        );
      }
    });
    const stopBlocking = onStoreBlocking(() => {
      autosaver.flushForUnload();
      setFailure(appStrings().drafts.reloadNeeded);
    });

    return () => {
      // Leaving for another page of the app: the page lives on to save.
      void autosaver.flushOnBlur();
      autosaver.dispose();
      stopListening();
      stopBlocking();
      saver.current = undefined;
    };
  }, [loaded, saveStatus]);

  usePageExitSaves(saver);

  if (failure) return { state: 'error', message: failure };
  if (loaded.kind === 'missing') return { state: 'missing' };
  if (loaded.kind === 'loading' || !draft || !saver.current) {
    return { state: 'loading' };
  }
  const autosaver = saver.current;
  const store = loaded.kind === 'stored' ? loaded.store : undefined;

  return {
    state: 'ready',
    draft,
    onChange: (answers, summary) => autosaver.change(answers, summary),
    onPendingText: (pendingText) => autosaver.changePendingText(pendingText),
    flush: () => autosaver.flush(),
    current: () => autosaver.current(),
    saveStatus,
    paused: theirRevision !== undefined,
    readOnly: draft.status !== 'draft',
    conflict:
      theirRevision === undefined
        ? undefined
        : {
            message: appStrings().fill.conflict,
            reload: () => {
              store?.get(draft.id).then(
                (fresh: DraftRecord | undefined) => {
                  if (!fresh) return;
                  autosaver.adopt(fresh);
                  setTheirRevision(undefined);
                  setDraft(fresh);
                },
                (error: unknown) => setFailure(describeStorageError(error)),
              );
            },
            keepMine: () => {
              // The other tab may have saved again since it told us.
              store?.get(draft.id).then(
                (fresh) => {
                  setTheirRevision(undefined);
                  return autosaver.keepMine(fresh?.revision ?? theirRevision);
                },
                (error: unknown) => setFailure(describeStorageError(error)),
              );
            },
          },
  };
}

/** Keeps the form's copy but takes a new status (e.g. now submitted). */
function withStatusOf(
  old: DraftRecord | undefined,
  fresh: DraftRecord,
): DraftRecord | undefined {
  if (!old || old.status === fresh.status) return old;

  return { ...old, status: fresh.status, receipt: fresh.receipt };
}
