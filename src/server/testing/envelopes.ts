import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const FORM_ID = 'bao-cao-ung-dung-cntt';

const PLACES = ['Tân Phú', 'Đông Hòa', 'Ngũ Hiệp', 'Thượng Đình', 'Ỷ La'];

/** The complete 2015 sample report: every answer filled in, all valid. */
export function completeAnswers(): Record<string, unknown> {
  const file = path.join(root, 'tests/fixtures/report-2015-complete.json');
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** A version-1 envelope around `answers`, as the app's outbox sends it. */
export function envelopeFor<Answers = Record<string, unknown>>(
  answers: Answers = completeAnswers() as Answers,
  overrides: Record<string, unknown> = {},
) {
  return {
    envelopeVersion: 1,
    submissionId: randomUUID(),
    formId: FORM_ID,
    formVersion: '2015',
    schemaId: `urn:bieu-mau:${FORM_ID}:2015`,
    answers,
    submittedAt: '2026-12-04T14:32:00+07:00',
    draftId: randomUUID(),
    appVersion: '0.1.0',
    ...overrides,
  };
}

/**
 * Call to get `count` valid 2015 envelopes, each with its own
 * submissionId and agency name, built from the complete sample report.
 */
export function sampleEnvelopes(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const answers = completeAnswers() as {
      generalInfo: { agencyName: string };
    };
    const place = PLACES[i % PLACES.length];
    answers.generalInfo.agencyName = `UBND xã ${place} số ${i + 1}`;
    return envelopeFor(answers);
  });
}
