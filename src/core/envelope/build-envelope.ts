import { pruneHidden } from '../answers/prune-hidden';
import type { FormDefinition } from '../definition/types';
import { ENVELOPE_VERSION, type Envelope } from './envelope-schema';

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** RFC 3339 time in the machine's own zone, e.g. 2026-12-04T14:32:00+07:00. */
export function localTimestamp(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;

  return `${day}T${time}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** What the app knows when a report is sent. */
export interface EnvelopeInput {
  submissionId: string;
  definition: FormDefinition;
  answers: unknown;
  draftId: string;
  appVersion: string;
  replaces?: string;
  /** The sending time; now when absent. */
  now?: Date;
}

/**
 * Wrap a report's answers for sending: call it when the user presses Gửi.
 * Answers are normalized and stripped of values hidden by rules.
 */
export function buildEnvelope(input: EnvelopeInput): Envelope {
  const { definition } = input;
  return {
    envelopeVersion: ENVELOPE_VERSION,
    submissionId: input.submissionId,
    formId: definition.formId,
    formVersion: definition.version,
    schemaId: definition.schema.$id,
    answers: pruneHidden(definition, input.answers),
    submittedAt: localTimestamp(input.now ?? new Date()),
    draftId: input.draftId,
    appVersion: input.appVersion,
    ...(input.replaces ? { replaces: input.replaces } : {}),
  };
}
