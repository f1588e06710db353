import type { SaveStatus } from '../../drafts/autosaver';

interface SaveIndicatorProps {
  status: SaveStatus;
  /** Downloads the draft as a file; offered when storage fails. */
  onExport?: () => void;
}

function clockTime(at: Date): string {
  const hours = String(at.getHours()).padStart(2, '0');
  const minutes = String(at.getMinutes()).padStart(2, '0');

  return `${hours}:${minutes}`;
}

/** The small line that tells the user whether their typing is safe. */
export function SaveIndicator({ status, onExport }: SaveIndicatorProps) {
  switch (status.kind) {
    case 'saved':
      return (
        <p className="save-indicator" role="status">
          Đã lưu lúc {clockTime(status.at)}
        </p>
      );
    case 'saving':
    case 'unsaved':
      return (
        <p className="save-indicator" role="status">
          Đang lưu…
        </p>
      );
    case 'paused':
      return (
        <p className="save-indicator" role="status">
          Tạm dừng lưu cho đến khi bạn chọn giữ bản nào.
        </p>
      );
    case 'failed':
    case 'memory-only':
      return (
        <div className="notice notice-error save-indicator" role="alert">
          <p>
            {status.kind === 'failed' ? 'Lưu thất bại: ' : 'Chưa lưu được: '}
            {status.message}
          </p>
          {onExport && (
            <button type="button" onClick={onExport}>
              Tải bản nháp về máy
            </button>
          )}
        </div>
      );
  }
}
