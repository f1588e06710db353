import { formatReceivedAt } from '../submit/format-time';
import type { StoredEnvelope, StoredReceipt } from './stored-submission';
import { useFormNames } from '../home/form-names';
import { useStrings } from '../i18n/strings';

interface SubmissionHeadingProps {
  envelope: StoredEnvelope;
  receipt: StoredReceipt;
}

/** Who sent the report, when it arrived, and what it revises. */
export function SubmissionHeading({
  envelope,
  receipt,
}: SubmissionHeadingProps) {
  const text = useStrings().office;
  const names = useFormNames();
  const agency = receipt.agency || text.noAgency;

  return (
    <header className="office-report-heading">
      <h1>
        {text.reportOf(agency)}
        {receipt.year ? text.ofYear(receipt.year) : ''}
      </h1>
      <dl>
        <dt>{text.receiptId}</dt>
        <dd>{envelope.submissionId}</dd>
        <dt>{text.form}</dt>
        <dd>
          {text.formVersion(
            names.formTitle(envelope.formId),
            names.versionTitle(envelope.formId, envelope.formVersion),
          )}
        </dd>
        {receipt.receivedAt && (
          <>
            <dt>{text.receivedAt}</dt>
            <dd>{formatReceivedAt(receipt.receivedAt)}</dd>
          </>
        )}
        {envelope.replaces && (
          <>
            <dt>{text.replaces}</dt>
            <dd>
              <a href={`#/van-phong/${encodeURIComponent(envelope.replaces)}`}>
                {text.replacedReport(envelope.replaces)}
              </a>
            </dd>
          </>
        )}
      </dl>
      <p className="office-readonly-note">{text.readOnly}</p>
    </header>
  );
}
