import type { Receipt, SubmissionSummary } from './types';

/** A submissions row without its body. */
export interface SummaryRow {
  id: string;
  form_id: string;
  form_version: string;
  schema_id: string;
  year: string | null;
  agency: string | null;
  received_at: string;
  replaces: string | null;
}

export interface Row extends SummaryRow {
  body_hash: string;
  body_json: string;
}

export const SUMMARY_COLUMNS =
  'id, form_id, form_version, schema_id, year, agency, received_at, replaces';

export function toReceipt(row: SummaryRow): Receipt {
  return {
    submissionId: row.id,
    receivedAt: row.received_at,
    formId: row.form_id,
    formVersion: row.form_version,
    ...(row.replaces !== null && { replaces: row.replaces }),
  };
}

export function toSummary(row: SummaryRow): SubmissionSummary {
  return {
    ...toReceipt(row),
    schemaId: row.schema_id,
    ...(row.year !== null && { year: row.year }),
    ...(row.agency !== null && { agency: row.agency }),
  };
}
