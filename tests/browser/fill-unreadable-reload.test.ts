import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftIdOf, storedAnswersRecord } from './draft-reader';
import { startNewReport, storedDraft } from './drafts-fixtures';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

const staffBox = (page: Page) =>
  page.getByLabel('Tổng số cán bộ, công chức').first();

describe('unreadable text in a number box', () => {
  it('comes back with its error after a reload, and goes once corrected', async () => {
    const page = await startNewReport(app);
    const id = draftIdOf(page);

    await staffBox(page).fill('12 cái');
    await staffBox(page).blur();
    await expect
      .poll(async () => (await storedAnswersRecord(page, id))?.pendingText)
      .toEqual({ '/generalInfo/staffTotal': '12 cái' });
    await page.reload();

    await expect.poll(() => staffBox(page).inputValue()).toBe('12 cái');
    await staffBox(page).focus();
    await staffBox(page).blur();
    await expect
      .poll(() => staffBox(page).getAttribute('aria-invalid'))
      .toBe('true');
    const described = await staffBox(page).getAttribute('aria-describedby');
    const errorText = await page
      .locator(`[id="${described?.split(' ').at(-1)}"]`)
      .innerText();
    expect(errorText).toMatch(/số/i);
    // The red box counts in the section's errors, with the same words.
    const summary = page.locator('.error-summary');
    await expect.poll(() => summary.locator('h2').innerText()).toMatch(/1 lỗi/);
    expect(await summary.innerText()).toContain(errorText.trim());
    expect((await storedDraft(page, id)).answers?.generalInfo).toBeUndefined();

    await staffBox(page).fill('12');
    await staffBox(page).blur();
    await expect
      .poll(async () => (await storedDraft(page, id)).answers?.generalInfo)
      .toEqual({ staffTotal: 12 });
    const record = await storedAnswersRecord(page, id);
    expect(record).not.toHaveProperty('pendingText');
    await page.reload();

    await expect.poll(() => staffBox(page).inputValue()).toBe('12');
    expect(await staffBox(page).getAttribute('aria-invalid')).toBe('false');
    expect(await page.locator('.error-summary').count()).toBe(0);
    expect(await storedAnswersRecord(page, id)).not.toHaveProperty(
      'pendingText',
    );
  });
});
