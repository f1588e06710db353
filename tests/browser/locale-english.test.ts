import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type RunningApp } from './harness';
import { answersMissingAgency } from './drafts-fixtures';
import { importDraft } from './vietnamese-steps';

let app: RunningApp;
let page: Page;
let draftId: string;

const DIACRITIC = /[ạảấầẩẫậắằẳẵặẹẻẽềếểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđăâêôơư]/i;

/** The error lines under the box with this label. */
async function linesUnder(label: string): Promise<string[]> {
  const box = page.getByLabel(label).first();
  const ids = (await box.getAttribute('aria-describedby')) ?? '';
  const errorId = ids.split(' ').find((id) => id.endsWith('-error'));
  if (!errorId) return [];

  return page.locator(`[id="${errorId}"] p`).allTextContents();
}

async function typeAndLeave(label: string, text: string) {
  const box = page.getByLabel(label).first();
  await box.fill(text);
  await box.blur();
}

/** Screenshots of the fill page at a phone's and a desktop's width. */
async function screenshots(locale: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 740 });
    await app.screenshot(`locale-${locale}-${width}`);
  }
  await page.setViewportSize({ width: 360, height: 740 });
}

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  draftId = await importDraft(app, answersMissingAgency());
});

afterAll(async () => {
  await app?.close();
});

describe('a number box holding unreadable text', () => {
  it('says only that "12 cái" is not a number, even after the whole check', async () => {
    await app.openApp(`#/dien/${draftId}/muc/1`);
    await typeAndLeave('Tổng số cán bộ, công chức', '12 cái');
    await page.getByRole('button', { name: 'Kiểm tra toàn bộ' }).click();
    await page.getByText('Vui lòng trả lời: Tên Đơn vị.').first().waitFor();

    expect(await linesUnder('Tổng số cán bộ, công chức')).toEqual([
      'Không phải là số: "12 cái".',
    ]);
    expect(await linesUnder('Tên Đơn vị')).toEqual([
      'Vui lòng trả lời: Tên Đơn vị.',
    ]);
    const summary = await page.locator('.whole-check').innerText();
    expect(summary).toContain(
      'Tổng số cán bộ, công chức: Không phải là số: "12 cái".',
    );
    expect(summary).not.toContain('Vui lòng trả lời: Tổng số cán bộ');
    await screenshots('vi');
  });
});

describe('English chosen in the header', () => {
  it('turns the fill page’s own words and its messages into English', async () => {
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    const check = page.getByRole('button', { name: 'Check the whole report' });
    await check.waitFor();
    await check.click();

    await page.getByRole('link', { name: 'Next section →' }).waitFor();
    await page.getByRole('button', { name: 'Submit the report' }).waitFor();
    await page.getByText(/^Saved at \d\d:\d\d$/).waitFor();
    await page.getByText('Sections of the report (section 1 of 9)').waitFor();
    await page.getByText('This section has 2 errors to fix').waitFor();
    await page
      .getByText('Total number of officials: Not a number: "12 cái".')
      .first()
      .waitFor();
    expect(await linesUnder('Total number of officials')).toEqual([
      'Not a number: "12 cái".',
    ]);
    expect(await linesUnder('Agency name')).toEqual([
      'Please answer: Agency name.',
    ]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshots('en');
  });

  it('leaves no Vietnamese in the chrome around the English form', async () => {
    const chrome = [
      '.app-header nav',
      '.report-tools',
      '.section-nav',
      '.report-section > h2',
      '.error-summary',
      '.section-pager',
      '.whole-check',
      '.submit-panel',
    ];
    for (const selector of chrome) {
      const texts = await page.locator(selector).allInnerTexts();
      expect(texts.join('\n'), selector).not.toMatch(DIACRITIC);
    }
  });

  it('says an impossible date is impossible, in English', async () => {
    await app.openApp(`#/dien/${draftId}/muc/9`);
    const box = page.getByLabel('Date signed').first();
    await box.fill('31/02/2015');
    await box.blur();

    await expect
      .poll(() => linesUnder('Date signed'))
      .toEqual([
        'Day 31 does not exist in 2/2015 (that month has 28 days): "31/02/2015".',
      ]);
  });

  it('speaks English on the home and drafts pages too, and remembers it', async () => {
    await app.openApp('#/');
    await page.reload();
    await page.getByRole('heading', { name: 'Report forms' }).waitFor();
    await page.getByRole('button', { name: /^Start a new report/ }).waitFor();
    await app.screenshot('locale-en-home-360');

    await app.openApp('#/ban-nhap');
    await page
      .getByRole('heading', { name: 'Drafts on this computer' })
      .waitFor();
    await page.getByText('In progress').waitFor();
    await page.getByRole('button', { name: 'Duplicate' }).waitFor();
  });

  it('goes back to Vietnamese from the same switch', async () => {
    await page.getByLabel('Language').selectOption('vi');

    await page
      .getByRole('heading', { name: 'Bản nháp trên máy này' })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
  });
});
