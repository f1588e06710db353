import { useCallback, useEffect, useState } from 'react';
import {
  listSubmissions,
  OfficeApiError,
  type SubmissionFilter,
  type SubmissionSummary,
} from './office-api';
import { appStrings } from '../i18n/strings';

export type SubmissionListState =
  | { status: 'loading' }
  | { status: 'loaded'; rows: SubmissionSummary[] }
  | { status: 'failed'; error: OfficeApiError };

/** Call in the office page: loads the list again whenever the filter changes. */
export function useSubmissionList(token: string, filter: SubmissionFilter) {
  const [state, setState] = useState<SubmissionListState>({
    status: 'loading',
  });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    listSubmissions(token, filter).then(
      (rows) => current && setState({ status: 'loaded', rows }),
      (error: unknown) => current && setState(failed(error)),
    );

    return () => {
      current = false;
    };
  }, [token, filter, attempt]);

  return { state, reload };
}

function failed(error: unknown): SubmissionListState {
  if (error instanceof OfficeApiError) return { status: 'failed', error };
  const message = appStrings().office.unreadableList;

  return { status: 'failed', error: new OfficeApiError(0, message) };
}
