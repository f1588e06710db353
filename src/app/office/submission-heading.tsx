import { formatReceivedAt } from '../submit/format-time';
import type { StoredEnvelope, StoredReceipt } from './stored-submission';

interface SubmissionHeadingProps {
  envelope: StoredEnvelope;
  receipt: StoredReceipt;
}

/** Who sent the report, when it arrived, and what it revises. */
export function SubmissionHeading({
  envelope,
  receipt,
}: SubmissionHeadingProps) {
  const agency = receipt.agency || '(chưa ghi tên đơn vị)';

  return (
    <header className="office-report-heading">
      <h1>
        Báo cáo của {agency}
        {receipt.year ? ` — năm ${receipt.year}` : ''}
      </h1>
      <dl>
        <dt>Mã biên nhận</dt>
        <dd>{envelope.submissionId}</dd>
        <dt>Biểu mẫu</dt>
        <dd>
          {envelope.formId}, phiên bản {envelope.formVersion}
        </dd>
        {receipt.receivedAt && (
          <>
            <dt>Nhận lúc</dt>
            <dd>{formatReceivedAt(receipt.receivedAt)}</dd>
          </>
        )}
        {envelope.replaces && (
          <>
            <dt>Sửa đổi cho</dt>
            <dd>
              <a href={`#/van-phong/${encodeURIComponent(envelope.replaces)}`}>
                báo cáo {envelope.replaces}
              </a>
            </dd>
          </>
        )}
      </dl>
      <p className="office-readonly-note">
        Báo cáo đã nộp chỉ để xem, không sửa được.
      </p>
    </header>
  );
}
