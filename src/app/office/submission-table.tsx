import { formatReceivedAt } from '../submit/format-time';
import type { SubmissionSummary } from './office-api';

interface SubmissionTableProps {
  rows: SubmissionSummary[];
}

/** Who has submitted: one row per submission, newest first. */
export function SubmissionTable({ rows }: SubmissionTableProps) {
  if (rows.length === 0) {
    return <p className="office-empty">Chưa có báo cáo nào khớp bộ lọc.</p>;
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
    <table className="office-table">
      <caption>Có {rows.length} báo cáo đã nộp</caption>
      <thead>
        <tr>
          <th scope="col">Đơn vị</th>
          <th scope="col">Năm báo cáo</th>
          <th scope="col">Biểu mẫu</th>
          <th scope="col">Nhận lúc</th>
          <th scope="col">Ghi chú</th>
          <th scope="col">
            <span className="office-visually-hidden">Xem</span>
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
  );
}

interface RowProps {
  row: SubmissionSummary;
  /** The newer submission that revises this one, if it is in the list. */
  replacedBy?: string;
}

function SubmissionRow({ row, replacedBy }: RowProps) {
  const agency = row.agency || '(chưa ghi tên đơn vị)';

  return (
    <tr className={replacedBy ? 'office-row-replaced' : undefined}>
      <td>{agency}</td>
      <td>{row.year ?? ''}</td>
      <td>
        {row.formId} · {row.formVersion}
      </td>
      <td>{formatReceivedAt(row.receivedAt)}</td>
      <td>
        <RevisionMarks row={row} replacedBy={replacedBy} />
      </td>
      <td>
        <a
          href={`#/van-phong/${encodeURIComponent(row.submissionId)}`}
          aria-label={`Xem báo cáo của ${agency}`}
        >
          Xem
        </a>
      </td>
    </tr>
  );
}

function RevisionMarks({ row, replacedBy }: RowProps) {
  return (
    <>
      {row.replaces && (
        <span className="office-mark">
          Bản sửa đổi của{' '}
          <a href={`#/van-phong/${encodeURIComponent(row.replaces)}`}>
            {shortId(row.replaces)}
          </a>
        </span>
      )}
      {replacedBy && (
        <span className="office-mark office-mark-old">
          Đã có bản sửa đổi{' '}
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
