import { randomUUID } from 'node:crypto';
import type { Workload } from './workload';

/**
 * Call with the 2015 workload: a complete, valid submission envelope the
 * load process copies, giving each request its own submissionId.
 */
export function sampleEnvelope(workload: Workload): object {
  return {
    envelopeVersion: 1,
    submissionId: randomUUID(),
    formId: workload.formId,
    formVersion: workload.version,
    schemaId: `urn:bieu-mau:${workload.formId}:${workload.version}`,
    answers: workload.answers,
    submittedAt: '2015-12-31T09:30:00+07:00',
    draftId: randomUUID(),
    appVersion: '0.1.0',
  };
}
