import { DefinitionError } from '../../core/definition/types';
import { ProblemList } from '../home/problem-list';
import { useStrings } from '../i18n/strings';

interface DefinitionFailureProps {
  error: unknown;
  formId: string;
  version: string;
  onRetry: () => void;
}

/** What the fill and print pages show when a draft's definition won't load. */
export function DefinitionFailure(props: DefinitionFailureProps) {
  const { error, formId, version, onRetry } = props;
  const text = useStrings().definition;

  return (
    <div className="notice notice-error" role="alert">
      <p>{text.failed(formId, version)}</p>
      {error instanceof DefinitionError ? (
        <ProblemList problems={error.problems} />
      ) : (
        <p>
          {error instanceof Error ? error.message : String(error)}.{' '}
          {text.checkNetwork}
        </p>
      )}
      <button type="button" onClick={onRetry}>
        {text.retry}
      </button>
    </div>
  );
}
