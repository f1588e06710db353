import { exportDraftText } from '../../drafts/draft-transfer';
import type { DraftRecord } from '../../drafts/types';

/**
 * Downloads the draft as a file: the way out when the browser cannot store
 * it, so what was typed can be imported again later.
 */
export async function downloadDraft(draft: DraftRecord): Promise<void> {
  const text = await exportDraftText(draft);
  const url = URL.createObjectURL(
    new Blob([text], { type: 'application/json' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = `ban-nhap-${draft.id}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
