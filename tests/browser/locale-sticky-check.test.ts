import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type RunningApp } from './harness';
import { answersMissingAgency } from './drafts-fixtures';
import { importDraft } from './vietnamese-steps';

let app: RunningApp;
let page: Page;
let draftId: string;

/** Whether the button's own centre is what a click there would hit. */
async function isOnTop(name: string): Promise<boolean> {
  const button = page.getByRole('button', { name });

  return button.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(
      box.left + box.width / 2,
      box.top + box.height / 2,
    );

    return hit !== null && element.contains(hit);
  });
}

beforeAll(async () => {
  app = await startApp({ width: 1000 });
  page = app.page;
  draftId = await importDraft(app, answersMissingAgency());
});

afterAll(async () => {
  await app?.close();
});

describe('the section list beside the form at 1000 px', () => {
  for (const section of [1, 9]) {
    it(`leaves "Kiểm tra toàn bộ" clickable after scrolling section ${section}`, async () => {
      await app.openApp(`#/dien/${draftId}/muc/${section}`);
      const check = page.getByRole('button', { name: 'Kiểm tra toàn bộ' });
      await check.waitFor();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await check.scrollIntoViewIfNeeded();

      expect(await isOnTop('Kiểm tra toàn bộ')).toBe(true);
      await check.click({ timeout: 5_000 });
      await page
        .getByRole('heading', { name: /^Báo cáo còn \d+ lỗi$/ })
        .waitFor();
      await app.screenshot(`locale-sticky-1000-muc-${section}`);
    });
  }
});
