import type { CDPSession, Page } from 'playwright-core';
import { draftFileFor, importDraftFile } from './drafts-fixtures';
import type { RunningApp } from './harness';

export { completeAnswers } from './drafts-fixtures';

/**
 * Imports a draft through the drafts page, as a person with an exported
 * file would, and returns its id. `page` defaults to the app's own page.
 */
export async function importDraft(
  app: RunningApp,
  answers: Record<string, any>,
  page: Page = app.page,
): Promise<string> {
  const { id, buffer } = draftFileFor('Báo cáo kiểm thử tiếng Việt', answers);
  await page.goto(`${app.baseUrl}/#/ban-nhap`);
  await importDraftFile(page, buffer);

  return id;
}

/**
 * Types a word the way a Telex or VNI keyboard does: the IME shows each
 * step as a composition, then commits the finished word.
 */
export async function composeWord(
  cdp: CDPSession,
  steps: string[],
  word: string,
): Promise<void> {
  for (const step of steps) {
    await cdp.send('Input.imeSetComposition', {
      text: step,
      selectionStart: step.length,
      selectionEnd: step.length,
    });
  }
  await cdp.send('Input.insertText', { text: word });
}

/** Telex `Vieetj`: what the IME shows while the word is being built. */
export const telexViet = ['V', 'Vi', 'Viê', 'Việ'];

/** Submits the open report through the confirm dialog; returns its id. */
export async function submitReport(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nộp báo cáo này?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Nộp báo cáo' }).click();
  await page.getByText(/Đã nộp lúc/).waitFor({ timeout: 20_000 });

  return (await page.locator('.submit-receipt-id').textContent()) ?? '';
}

/** The office's raw JSON text of one stored report. */
export async function storedSubmissionText(
  app: RunningApp,
  token: string,
  id: string,
): Promise<string> {
  const response = await fetch(`${app.baseUrl}/api/submissions/${id}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!response.ok) {
    throw new Error(`GET /api/submissions/${id} answered ${response.status}`);
  }

  return response.text();
}
