import { draftFormHint } from './draft-form-hints';
import { loadOnce } from './use-definition';

/**
 * Call when a fill page starts reading a draft: if this browser knows the
 * draft's form, its definition is loaded while IndexedDB is read, instead
 * of after. A wrong guess only costs one unused load.
 */
export function prefetchDraftForm(draftId: string): void {
  const hint = draftFormHint(draftId);
  if (!hint) return;
  loadOnce(hint.formId, hint.version).catch(() => undefined);
}

export { rememberDraftForm } from './draft-form-hints';
