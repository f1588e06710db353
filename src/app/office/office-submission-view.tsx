import { lazy, Suspense, useState } from 'react';
import { readAdminToken, saveAdminToken } from './admin-token';
import { TokenForm } from './token-form';
import { useSubmission } from './use-submission';
import { SubmissionHeading } from './submission-heading';
import { useStrings } from '../i18n/strings';
import './office.css';

// JSON Forms and MUI are heavy; the list does not need them.
const ReadonlyReport = lazy(() => import('./readonly-report'));

interface OfficeSubmissionViewProps {
  submissionId: string;
}

/** One submission, read-only, in the form version it was filled in. */
export function OfficeSubmissionView({
  submissionId,
}: OfficeSubmissionViewProps) {
  const [token, setToken] = useState(readAdminToken);
  const text = useStrings().office;

  function signIn(entered: string) {
    saveAdminToken(entered);
    setToken(entered);
  }

  return (
    <section className="page office">
      <p>
        <a href="#/van-phong">{text.backToList}</a>
      </p>
      {token ? (
        <LoadedSubmission
          token={token}
          submissionId={submissionId}
          onTokenRejected={() => setToken(undefined)}
        />
      ) : (
        <TokenForm onToken={signIn} />
      )}
    </section>
  );
}

interface LoadedSubmissionProps {
  token: string;
  submissionId: string;
  onTokenRejected: () => void;
}

function LoadedSubmission(props: LoadedSubmissionProps) {
  const state = useSubmission(props.token, props.submissionId);
  const text = useStrings().office;

  if (state.status === 'loading') {
    return <p role="status">{text.loadingReport}</p>;
  }
  if (state.status === 'failed') {
    return (
      <FailedSubmission
        message={state.message}
        tokenProblem={state.tokenProblem}
        onTokenRejected={props.onTokenRejected}
      />
    );
  }

  return (
    <article className="office-report">
      <SubmissionHeading envelope={state.envelope} receipt={state.receipt} />
      <Suspense fallback={<p role="status">{text.buildingForm}</p>}>
        <ReadonlyReport
          definition={state.definition}
          answers={state.envelope.answers}
        />
      </Suspense>
    </article>
  );
}

interface FailedSubmissionProps {
  message: string;
  tokenProblem: boolean;
  onTokenRejected: () => void;
}

function FailedSubmission(props: FailedSubmissionProps) {
  const text = useStrings().office;

  return (
    <div className="office-alert" role="alert">
      <p>{props.message}</p>
      {props.tokenProblem && (
        <button type="button" onClick={props.onTokenRejected}>
          {text.tokenAgain}
        </button>
      )}
    </div>
  );
}
