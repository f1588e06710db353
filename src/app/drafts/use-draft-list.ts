import { useCallback, useEffect, useState } from 'react';
import { listenDraftChanges } from '../../drafts/draft-channel';
import { describeStorageError } from '../../drafts/errors';
import type { DraftList } from '../../drafts/types';
import { draftStore } from './draft-store-access';

export type DraftListState =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; list: DraftList };

/** The drafts list, refreshed whenever any tab changes a draft. */
export function useDraftList(): [DraftListState, () => void] {
  const [state, setState] = useState<DraftListState>({ state: 'loading' });
  const refresh = useCallback(() => {
    draftStore()
      .then((store) => store.list())
      .then(
        (list) => setState({ state: 'ready', list }),
        (error: unknown) =>
          setState({ state: 'error', message: describeStorageError(error) }),
      );
  }, []);

  useEffect(() => {
    refresh();

    return listenDraftChanges(refresh);
  }, [refresh]);

  return [state, refresh];
}
