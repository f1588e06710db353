import { FORM_ID, VERSION } from '../definition/names';

/** The one envelope version this code writes and accepts. */
export const ENVELOPE_VERSION = 1;

/** A report as sent to the server: its answers plus what identifies them. */
export interface Envelope {
  envelopeVersion: 1;
  /** Made once per report, reused on every retry, so retries never duplicate. */
  submissionId: string;
  formId: string;
  formVersion: string;
  /** The schema's `$id`: `urn:bieu-mau:<formId>:<version>`. */
  schemaId: string;
  answers: Record<string, unknown>;
  /** RFC 3339 with the sender's offset, e.g. 2026-12-04T14:32:00+07:00. */
  submittedAt: string;
  draftId: string;
  appVersion: string;
  /** The submissionId of the report this one corrects. */
  replaces?: string;
}

const uuid = {
  type: 'string',
  format: 'uuid',
  description: 'dạng xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
};

/** JSON Schema of envelope version 1, for the server and other systems. */
export const envelopeSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'urn:bieu-mau:envelope:1',
  title: 'Báo cáo gửi đi',
  type: 'object',
  required: [
    'envelopeVersion',
    'submissionId',
    'formId',
    'formVersion',
    'schemaId',
    'answers',
    'submittedAt',
    'draftId',
    'appVersion',
  ],
  properties: {
    envelopeVersion: { title: 'Phiên bản gói báo cáo', const: 1 },
    submissionId: { ...uuid, title: 'Mã lần gửi' },
    formId: { title: 'Mã biểu mẫu', type: 'string', pattern: FORM_ID.source },
    formVersion: {
      title: 'Phiên bản biểu mẫu',
      type: 'string',
      pattern: VERSION.source,
    },
    schemaId: {
      title: 'Mã lược đồ',
      type: 'string',
      pattern: '^urn:bieu-mau:',
    },
    answers: { title: 'Câu trả lời', type: 'object' },
    submittedAt: {
      title: 'Thời điểm gửi',
      type: 'string',
      format: 'date-time',
    },
    draftId: {
      title: 'Mã bản nháp',
      type: 'string',
      minLength: 1,
      maxLength: 200,
    },
    appVersion: {
      title: 'Phiên bản ứng dụng',
      type: 'string',
      minLength: 1,
      maxLength: 50,
    },
    replaces: { ...uuid, title: 'Mã báo cáo được thay thế' },
  },
  additionalProperties: false,
} as const;
