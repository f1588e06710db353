// Which form and version recent drafts were started with, newest first, so
// opening one can fetch its definition while IndexedDB is still being read.
const HINTS_KEY = 'bieu-mau:draft-forms';
const KEPT = 30;

/** A draft's form and version, as remembered in this browser. */
export interface DraftFormHint {
  draftId: string;
  formId: string;
  version: string;
}

function isHint(value: unknown): value is DraftFormHint {
  const hint = value as Partial<DraftFormHint> | null;
  return (
    typeof hint?.draftId === 'string' &&
    typeof hint.formId === 'string' &&
    typeof hint.version === 'string'
  );
}

function readHints(): DraftFormHint[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(HINTS_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter(isHint) : [];
  } catch {
    return [];
  }
}

/** The remembered form of a draft, if this browser opened or made it. */
export function draftFormHint(draftId: string): DraftFormHint | undefined {
  return readHints().find((hint) => hint.draftId === draftId);
}

/** Call when a draft is made or read, so its next opening can prefetch. */
export function rememberDraftForm(hint: DraftFormHint): void {
  const others = readHints().filter((h) => h.draftId !== hint.draftId);
  try {
    localStorage.setItem(
      HINTS_KEY,
      JSON.stringify([hint, ...others].slice(0, KEPT)),
    );
  } catch {
    // Storage full or refused: the next opening just does not prefetch.
  }
}
