import { formatClock, formatDay } from './format-time';
import type { Receipt, SubmitStatus } from './submit-status';
import { useStrings } from '../i18n/strings';

interface SubmitStatusViewProps {
  status: SubmitStatus;
  onSendNow: () => void;
}

/** The one status line of a report that has been handed to the outbox. */
export function SubmitStatusView({ status, onSendNow }: SubmitStatusViewProps) {
  const text = useStrings().submit;

  switch (status.kind) {
    case 'editing':
      return null;
    case 'sending':
      return (
        <p className="submit-status submit-status-sending" role="status">
          {text.sending}
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
  const text = useStrings().submit;

  return (
    <div className="submit-status submit-status-queued" role="status">
      <p>
        <strong>{text.queuedTitle}</strong>
        {text.queuedText(formatClock(next), formatDay(next))}
      </p>
      {status.lastError && <p>{status.lastError}</p>}
      <button type="button" className="secondary" onClick={onSendNow}>
        {text.sendNow}
      </button>
    </div>
  );
}

function RefusedStatus({ errors }: { errors: string[] }) {
  const text = useStrings().submit;

  return (
    <div className="submit-status submit-status-refused" role="alert">
      <p>
        <strong>{text.refusedTitle}</strong> {errors[0] ?? text.refusedUnknown}
      </p>
      {errors.length > 1 && (
        <ul>
          {errors.slice(1).map((error, index) => (
            <li key={index}>{error}</li>
          ))}
        </ul>
      )}
      <p>{text.refusedText}</p>
    </div>
  );
}

function ReceiptStatus({ receipt }: { receipt: Receipt }) {
  const text = useStrings().submit;
  const at = receipt.receivedAt ? new Date(receipt.receivedAt) : undefined;
  const when =
    at && !Number.isNaN(at.getTime())
      ? text.submittedAt(formatClock(at), formatDay(at))
      : '';

  return (
    <div className="submit-status submit-status-done" role="status">
      <p>
        <strong>
          {text.submittedTitle} {when}
        </strong>{' '}
        — {text.receipt}{' '}
        <span className="submit-receipt-id">{receipt.submissionId}</span>
      </p>
      <p>{text.submittedText}</p>
    </div>
  );
}
