import { formatClock, formatDay } from './format-time';
import type { Receipt, SubmitStatus } from './submit-status';

interface SubmitStatusViewProps {
  status: SubmitStatus;
  onSendNow: () => void;
}

/** The one status line of a report that has been handed to the outbox. */
export function SubmitStatusView({ status, onSendNow }: SubmitStatusViewProps) {
  switch (status.kind) {
    case 'editing':
      return null;
    case 'sending':
      return (
        <p className="submit-status submit-status-sending" role="status">
          Đang gửi…
        </p>
      );
    case 'queued':
      return <QueuedStatus status={status} onSendNow={onSendNow} />;
    case 'refused':
      return <RefusedStatus errors={status.errors} />;
    case 'submitted':
      return <ReceiptStatus receipt={status.receipt} />;
  }
}

function QueuedStatus({
  status,
  onSendNow,
}: {
  status: Extract<SubmitStatus, { kind: 'queued' }>;
  onSendNow: () => void;
}) {
  const next = new Date(status.nextAttemptAt);

  return (
    <div className="submit-status submit-status-queued" role="status">
      <p>
        <strong>Đang chờ gửi.</strong> Sẽ thử gửi lại lúc {formatClock(next)}{' '}
        ngày {formatDay(next)}, hoặc ngay khi có mạng trở lại. Có thể đóng
        trang: báo cáo đã được lưu trên máy này và sẽ tự gửi khi mở lại Biểu
        mẫu.
      </p>
      {status.lastError && <p>{status.lastError}</p>}
      <button type="button" className="secondary" onClick={onSendNow}>
        Gửi lại ngay
      </button>
    </div>
  );
}

function RefusedStatus({ errors }: { errors: string[] }) {
  return (
    <div className="submit-status submit-status-refused" role="alert">
      <p>
        <strong>Máy chủ từ chối:</strong> {errors[0] ?? 'không rõ lý do.'}
      </p>
      {errors.length > 1 && (
        <ul>
          {errors.slice(1).map((error, index) => (
            <li key={index}>{error}</li>
          ))}
        </ul>
      )}
      <p>Báo cáo đã được mở lại để sửa. Sửa xong hãy bấm "Nộp báo cáo".</p>
    </div>
  );
}

function ReceiptStatus({ receipt }: { receipt: Receipt }) {
  const at = receipt.receivedAt ? new Date(receipt.receivedAt) : undefined;
  const when =
    at && !Number.isNaN(at.getTime())
      ? `lúc ${formatClock(at)} ngày ${formatDay(at)}`
      : '';

  return (
    <div className="submit-status submit-status-done" role="status">
      <p>
        <strong>Đã nộp {when}</strong> — mã biên nhận{' '}
        <span className="submit-receipt-id">{receipt.submissionId}</span>
      </p>
      <p>Báo cáo đã nộp chỉ xem được, không sửa được nữa.</p>
    </div>
  );
}
