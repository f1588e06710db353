import { DefinitionError } from '../../core/definition/types';
import { ProblemList } from '../home/problem-list';

interface DefinitionFailureProps {
  error: unknown;
  formId: string;
  version: string;
  onRetry: () => void;
}

/** What the fill and print pages show when a draft's definition won't load. */
export function DefinitionFailure(props: DefinitionFailureProps) {
  const { error, formId, version, onRetry } = props;

  return (
    <div className="notice notice-error" role="alert">
      <p>
        Không mở được biểu mẫu {formId}, phiên bản {version}. Câu trả lời của
        bản nháp vẫn được giữ nguyên trên máy.
      </p>
      {error instanceof DefinitionError ? (
        <ProblemList problems={error.problems} />
      ) : (
        <p>
          {error instanceof Error ? error.message : String(error)}. Kiểm tra kết
          nối mạng rồi thử lại.
        </p>
      )}
      <button type="button" onClick={onRetry}>
        Thử lại
      </button>
    </div>
  );
}
