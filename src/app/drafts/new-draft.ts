import { keepInMemory } from '../../drafts/memory-drafts';
import { newDraftRecord } from '../../drafts/draft-records';
import { draftStore } from './draft-store-access';
import { rememberDraftForm } from '../definition/draft-form-hints';

/**
 * Call when the user starts a new report: creates the draft and opens the
 * fill page on it. Without IndexedDB the draft lives in this page's memory,
 * and the fill page warns about it.
 */
export async function createDraftAndOpen(
  formId: string,
  formVersion: string,
): Promise<void> {
  let id: string;
  try {
    const store = await draftStore();
    id = (await store.create({ formId, formVersion })).id;
  } catch (error) {
    console.warn('Không mở được nơi lưu bản nháp', error);
    const draft = newDraftRecord({ formId, formVersion });
    keepInMemory(draft);
    id = draft.id;
  }
  rememberDraftForm({ draftId: id, formId, version: formVersion });
  location.hash = `#/dien/${encodeURIComponent(id)}`;
}
