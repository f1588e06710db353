import { exportDraftText } from '../../drafts/draft-transfer';
import type { DraftRecord } from '../../drafts/types';

/** Safe in every file system: letters, digits and dashes only. */
function fileNameFor(draft: DraftRecord): string {
  const base = draft.name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

  return `ban-nhap-${base || draft.id}.json`;
}

/**
 * Offers the draft as a file download; call it from a click. Works from
 * memory, so it also rescues a draft the browser could not store.
 */
export async function downloadDraft(draft: DraftRecord): Promise<void> {
  const text = await exportDraftText(draft);
  const url = URL.createObjectURL(
    new Blob([text], { type: 'application/json' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameFor(draft);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
