import { loadOnce } from './use-definition';

// Only the last draft opened is remembered, so the key never grows.
const HINT_KEY = 'bieu-mau:last-draft-form';

interface DraftFormHint {
  draftId: string;
  formId: string;
  version: string;
}

function readHint(): DraftFormHint | undefined {
  try {
    const hint = JSON.parse(
      localStorage.getItem(HINT_KEY) ?? 'null',
    ) as Partial<DraftFormHint> | null;
    const { draftId, formId, version } = hint ?? {};
    if (typeof draftId !== 'string' || typeof formId !== 'string') return;
    if (typeof version !== 'string') return;
    return { draftId, formId, version };
  } catch {
    return undefined;
  }
}

/**
 * Call when a fill page starts reading a draft: if that draft was the last
 * one opened here, its form's files are fetched while IndexedDB is read,
 * instead of after. A wrong guess only costs one unused fetch.
 */
export function prefetchDraftForm(draftId: string): void {
  const hint = readHint();
  if (hint?.draftId !== draftId) return;
  loadOnce(hint.formId, hint.version).catch(() => undefined);
}

/** Call once a draft is read, so its next opening can prefetch its form. */
export function rememberDraftForm(
  draftId: string,
  formId: string,
  version: string,
): void {
  const hint: DraftFormHint = { draftId, formId, version };
  try {
    localStorage.setItem(HINT_KEY, JSON.stringify(hint));
  } catch {
    // Storage full or refused: the next opening just does not prefetch.
  }
}
