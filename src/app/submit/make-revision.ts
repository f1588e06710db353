import type { DraftRecord } from '../../drafts/types';
import { draftStore } from '../drafts/draft-store-access';
import { appStrings } from '../i18n/strings';

/** Thrown when a revision is asked for a report that was never received. */
export class NotSubmittedError extends Error {
  constructor() {
    super(appStrings().submit.notSubmitted);
    this.name = 'NotSubmittedError';
  }
}

/**
 * Call from "Tạo bản sửa đổi": a new draft with the same answers that, once
 * submitted, replaces the submitted report instead of adding a second one.
 */
export async function makeRevision(
  submitted: DraftRecord,
): Promise<DraftRecord> {
  if (submitted.status !== 'submitted' || !submitted.submissionId) {
    throw new NotSubmittedError();
  }
  const store = await draftStore();
  const latest = (await store.get(submitted.id)) ?? submitted;

  return store.create({
    formId: latest.formId,
    formVersion: latest.formVersion,
    name: `${latest.name} (bản sửa đổi)`,
    answers: structuredClone(latest.answers),
    replaces: latest.submissionId,
  });
}
