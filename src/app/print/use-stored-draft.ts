import { useEffect, useState } from 'react';
import { describeStorageError } from '../../drafts/errors';
import type { DraftRecord } from '../../drafts/types';
import { loadDraft } from '../drafts/load-draft';

export type StoredDraftState =
  | { status: 'loading' }
  | { status: 'ready'; draft: DraftRecord }
  | { status: 'missing' }
  | { status: 'failed'; message: string };

/** Call in a read-only page: the draft as last saved, never written back. */
export function useStoredDraft(draftId: string): StoredDraftState {
  const [state, setState] = useState<StoredDraftState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    loadDraft(draftId).then(
      (loaded) =>
        live &&
        setState(
          loaded.kind === 'missing'
            ? { status: 'missing' }
            : { status: 'ready', draft: loaded.draft },
        ),
      (error: unknown) =>
        live &&
        setState({ status: 'failed', message: describeStorageError(error) }),
    );

    return () => {
      live = false;
    };
  }, [draftId]);

  return state;
}
