import { columnText, type AnswerColumn } from './answer-columns';
import type { SubmissionSummary } from './storage/types';

/** Excel opens UTF-8 with Vietnamese letters intact only after a BOM. */
const BOM = '\uFEFF';

const COLUMNS: [string, (s: SubmissionSummary) => string | undefined][] = [
  ['Mã báo cáo', (s) => s.submissionId],
  ['Biểu mẫu', (s) => s.formId],
  ['Phiên bản', (s) => s.formVersion],
  ['Năm báo cáo', (s) => s.year],
  ['Cơ quan báo cáo', (s) => s.agency],
  ['Thời điểm nhận', (s) => s.receivedAt],
  ['Thay thế báo cáo', (s) => s.replaces],
];

/** One report for the export with answers: its summary and its answers. */
export interface ReportWithAnswers {
  summary: SubmissionSummary;
  answers: unknown;
}

/** Call to answer the office's CSV export: one row per report. */
export function submissionsCsv(rows: SubmissionSummary[]): string {
  const lines = [COLUMNS.map(([title]) => csvCell(title))];
  for (const row of rows) {
    lines.push(COLUMNS.map(([, read]) => csvCell(read(row) ?? '')));
  }

  return toCsv(lines);
}

/**
 * Call for the export of one form version: the summary columns, then one
 * column per answer field (`answerColumns`), in the form's printed order.
 */
export function submissionsCsvWithAnswers(
  reports: ReportWithAnswers[],
  columns: AnswerColumn[],
): string {
  const lines = [
    [...COLUMNS.map(([title]) => title), ...columns.map((c) => c.title)].map(
      csvCell,
    ),
  ];
  for (const { summary, answers } of reports) {
    lines.push([
      ...COLUMNS.map(([, read]) => csvCell(read(summary) ?? '')),
      ...columns.map((column) => csvCell(columnText(column, answers))),
    ]);
  }

  return toCsv(lines);
}

function toCsv(lines: string[][]): string {
  return BOM + lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

/**
 * Quotes when needed, and defuses cells a spreadsheet would run as a
 * formula (agency names are typed by anyone who can submit).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
