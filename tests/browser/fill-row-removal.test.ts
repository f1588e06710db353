import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftIdOf } from './draft-reader';
import { startNewReport } from './drafts-fixtures';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

const summaries = (page: Page) => page.getByLabel(/^Trích yếu, dòng/);

async function addRowWith(page: Page, text: string) {
  await page.getByRole('button', { name: 'Thêm dòng' }).click();
  await summaries(page).last().fill(text);
}

describe('removing a row of a repeating table', () => {
  it('asks in the page naming the row; Escape and "Không xóa" keep it, "Xóa" removes only it and focus stays in the table', async () => {
    const started = await startNewReport(app);
    const id = encodeURIComponent(draftIdOf(started));
    const page = await app.openApp(`#/dien/${id}/muc/7`);
    await addRowWith(page, 'Kế hoạch năm 2015');
    await addRowWith(page, 'Quy chế sử dụng thư điện tử');
    const removeFirst = page.getByRole('button', { name: 'Xóa dòng 1' });
    const dialog = page.getByRole('dialog', { name: 'Xác nhận xóa' });

    await removeFirst.click();
    expect(await dialog.textContent()).toContain(', dòng 1: Xóa dòng này?');
    await app.screenshot('fill-row-removal-360');
    await page.setViewportSize({ width: 1280, height: 800 });
    await app.screenshot('fill-row-removal-1280');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(
      await removeFirst.evaluate((button) => button === document.activeElement),
    ).toBe(true);

    await removeFirst.click();
    await dialog.getByRole('button', { name: 'Không xóa' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await summaries(page).count()).toBe(2);

    await removeFirst.click();
    await dialog.getByRole('button', { name: 'Xóa', exact: true }).click();
    await expect.poll(() => summaries(page).count()).toBe(1);
    expect(await summaries(page).first().inputValue()).toBe(
      'Quy chế sử dụng thư điện tử',
    );
    // The row that moved up has focus, not the page's body.
    const isFocused = (button: typeof removeFirst) => () =>
      button.evaluate((element) => element === document.activeElement);
    await expect.poll(isFocused(removeFirst)).toBe(true);

    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Xóa', exact: true }).click();
    await expect.poll(() => summaries(page).count()).toBe(0);
    const addRow = page.getByRole('button', { name: 'Thêm dòng' });
    await expect.poll(isFocused(addRow)).toBe(true);
  });
});
