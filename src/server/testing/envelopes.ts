import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const FORM_ID = 'bao-cao-ung-dung-cntt';

const PLACES = ['Tân Phú', 'Đông Hòa', 'Ngũ Hiệp', 'Thượng Đình', 'Ỷ La'];

/**
 * Call to get `count` valid 2015 envelopes, each with its own
 * submissionId and agency name, built from the complete sample report.
 */
export function sampleEnvelopes(count: number) {
  const file = path.join(root, 'tests/fixtures/report-2015-complete.json');
  const text = fs.readFileSync(file, 'utf8');

  return Array.from({ length: count }, (_, i) => {
    const answers = JSON.parse(text);
    const place = PLACES[i % PLACES.length];
    answers.generalInfo.agencyName = `UBND xã ${place} số ${i + 1}`;
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
    };
  });
}
