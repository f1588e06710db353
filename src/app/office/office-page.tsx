import { useEffect, useMemo, useState } from 'react';
import {
  forgetAdminToken,
  readAdminToken,
  saveAdminToken,
} from './admin-token';
import type { SubmissionFilter } from './office-api';
import { CsvButton } from './csv-button';
import { agencyMatches } from './filter-text';
import { SubmissionFilters } from './submission-filters';
import { SubmissionTable } from './submission-table';
import { TokenForm } from './token-form';
import { useSubmissionList } from './use-submission-list';
import { useStrings } from '../i18n/strings';
import './office.css';

export { OfficeSubmissionView } from './office-submission-view';

/** The office's page (`#/van-phong`): token, filters, list, CSV. */
export function OfficePage() {
  const [token, setToken] = useState(readAdminToken);
  const [problem, setProblem] = useState<string>();
  const text = useStrings().office;

  function signIn(entered: string) {
    saveAdminToken(entered);
    setProblem(undefined);
    setToken(entered);
  }

  function signOut(reason?: string) {
    forgetAdminToken();
    setProblem(reason);
    setToken(undefined);
  }

  return (
    <section className="page office">
      <h1>{text.title}</h1>
      {token ? (
        <SubmissionBrowser token={token} onSignOut={signOut} />
      ) : (
        <TokenForm problem={problem} onToken={signIn} />
      )}
    </section>
  );
}

interface SubmissionBrowserProps {
  token: string;
  onSignOut: (reason?: string) => void;
}

function SubmissionBrowser({ token, onSignOut }: SubmissionBrowserProps) {
  const [filter, setFilter] = useState<SubmissionFilter>({});
  // The server matches agencies exactly; people type part of a name with
  // or without tone marks, so the agency is matched here instead.
  const serverFilter = useMemo(
    () => ({ ...filter, agency: undefined }),
    [filter],
  );
  const { state, reload } = useSubmissionList(token, serverFilter);
  const text = useStrings().office;

  useEffect(() => {
    if (state.status === 'failed' && state.error.isTokenProblem) {
      onSignOut(state.error.message);
    }
  }, [state, onSignOut]);

  return (
    <>
      <div className="office-actions">
        <CsvButton token={token} filter={filter} />
        <button type="button" className="secondary" onClick={reload}>
          {text.reload}
        </button>
        <button type="button" className="secondary" onClick={() => onSignOut()}>
          {text.signOut}
        </button>
      </div>
      <SubmissionFilters filter={filter} onFilter={setFilter} />
      {state.status === 'loading' && <p role="status">{text.loadingList}</p>}
      {state.status === 'failed' && (
        <p className="office-alert" role="alert">
          {state.error.message}
        </p>
      )}
      {state.status === 'loaded' && (
        <SubmissionTable
          rows={state.rows.filter((row) =>
            agencyMatches(row.agency, filter.agency),
          )}
        />
      )}
    </>
  );
}
