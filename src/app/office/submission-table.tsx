import { formatReceivedAt } from '../submit/format-time';
import type { SubmissionSummary } from './office-api';
import { useFormNames } from '../home/form-names';
import { useStrings } from '../i18n/strings';

interface SubmissionTableProps {
  rows: SubmissionSummary[];
}

/** Who has submitted: one row per submission, newest first. */
export function SubmissionTable({ rows }: SubmissionTableProps) {
  const text = useStrings().office;
  if (rows.length === 0) {
    return <p className="office-empty">{text.noMatch}</p>;
  }
  const newestFirst = [...rows].sort((a, b) =>
    b.receivedAt.localeCompare(a.receivedAt),
  );
  const replacedBy = new Map(
    rows.flatMap((row) =>
      row.replaces ? [[row.replaces, row.submissionId] as const] : [],
    ),
  );

  return (
    <div className="office-table-scroll">
      <table className="office-table">
        <caption>{text.count(rows.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{text.agency}</th>
            <th scope="col">{text.year}</th>
            <th scope="col">{text.form}</th>
            <th scope="col">{text.receivedAt}</th>
            <th scope="col">{text.notes}</th>
            <th scope="col">
              <span className="office-visually-hidden">{text.view}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((row) => (
            <SubmissionRow
              key={row.submissionId}
              row={row}
              replacedBy={replacedBy.get(row.submissionId)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  row: SubmissionSummary;
  /** The newer submission that revises this one, if it is in the list. */
  replacedBy?: string;
}

function SubmissionRow({ row, replacedBy }: RowProps) {
  const text = useStrings().office;
  const names = useFormNames();
  const agency = row.agency || text.noAgency;

  return (
    <tr className={replacedBy ? 'office-row-replaced' : undefined}>
      <td>{agency}</td>
      <td>{row.year ?? ''}</td>
      <td>
        {names.formTitle(row.formId)} ·{' '}
        {names.versionTitle(row.formId, row.formVersion)}
      </td>
      <td>{formatReceivedAt(row.receivedAt)}</td>
      <td>
        <RevisionMarks row={row} replacedBy={replacedBy} />
      </td>
      <td>
        <a
          href={`#/van-phong/${encodeURIComponent(row.submissionId)}`}
          aria-label={text.viewOf(agency)}
        >
          {text.view}
        </a>
      </td>
    </tr>
  );
}

function RevisionMarks({ row, replacedBy }: RowProps) {
  const text = useStrings().office;

  return (
    <>
      {row.replaces && (
        <span className="office-mark">
          {text.revisionOf}{' '}
          <a href={`#/van-phong/${encodeURIComponent(row.replaces)}`}>
            {shortId(row.replaces)}
          </a>
        </span>
      )}
      {replacedBy && (
        <span className="office-mark office-mark-old">
          {text.revisedBy}{' '}
          <a href={`#/van-phong/${encodeURIComponent(replacedBy)}`}>
            {shortId(replacedBy)}
          </a>
        </span>
      )}
    </>
  );
}

/** The first block of a UUID is enough for people to tell reports apart. */
export function shortId(submissionId: string): string {
  return submissionId.split('-')[0];
}
