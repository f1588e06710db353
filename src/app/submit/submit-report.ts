import { buildEnvelope } from '../../core/envelope/build-envelope';
import type { FormDefinition } from '../../core/definition/types';
import type { AnswerError } from '../../core/validation';
import { checkOnPage } from '../definition/page-form';
import { enqueue } from '../../drafts/outbox';
import type { DraftRecord } from '../../drafts/types';
import { draftStore } from '../drafts/draft-store-access';
import { version as appVersion } from '../../../package.json';
import { startSubmissionSender } from './submission-sender';
import { appStrings, currentLocale } from '../i18n/strings';

/** Thrown when the draft vanished between typing and pressing submit. */
export class DraftGoneError extends Error {
  constructor() {
    super(appStrings().submit.draftGone);
    this.name = 'DraftGoneError';
  }
}

/**
 * Call after `flush()`: reads the answers as stored and checks the whole
 * report with the same rules the server applies.
 */
export async function checkStoredReport(
  draftId: string,
  definition: FormDefinition,
): Promise<{ draft: DraftRecord; errors: AnswerError[] }> {
  const draft = await (await draftStore()).get(draftId);
  if (!draft) throw new DraftGoneError();

  const checked = await checkOnPage(definition, draft.answers, currentLocale());

  return { draft, errors: checked.errors };
}

/**
 * Call once the user confirms: wraps the stored answers and queues them.
 * The submissionId is made the first time and then kept on the draft, so a
 * retry or a re-submission after a refusal never counts as a second report.
 */
export async function queueReport(
  draft: DraftRecord,
  definition: FormDefinition,
): Promise<string> {
  const submissionId = draft.submissionId ?? crypto.randomUUID();
  const envelope = buildEnvelope({
    submissionId,
    definition,
    answers: draft.answers,
    draftId: draft.id,
    appVersion,
    replaces: draft.replaces,
  });
  // A plain copy: the outbox takes any JSON object keyed by submissionId.
  await enqueue({ ...envelope }, draft.id);
  startSubmissionSender();

  return submissionId;
}
