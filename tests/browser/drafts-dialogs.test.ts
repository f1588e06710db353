import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  completeAnswers,
  draftFileFor,
  importOnDraftsPage,
  storedDraft,
  storedMetas,
} from './drafts-fixtures';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

async function importNamed(page: Page, name: string, id?: string) {
  const file = draftFileFor(name, completeAnswers(), id);
  await importOnDraftsPage(page, 'ban-nhap.json', file.buffer);

  return file;
}

function rowButton(page: Page, draftName: string, buttonName: string) {
  return page
    .getByRole('listitem', { name: draftName })
    .getByRole('button', { name: buttonName });
}

const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent ?? '');

describe('renaming a draft in the page’s own dialog', () => {
  it('keeps the name on Hủy and Escape, saves it on Enter, and the new name survives a reload', async () => {
    const page = await app.openApp('#/ban-nhap');
    const { id } = await importNamed(page, 'Báo cáo xã An Phú');
    await page.getByText(/Đã nhập/).waitFor();
    const dialog = page.getByRole('dialog', { name: 'Đổi tên bản nháp' });
    const box = dialog.getByLabel('Tên mới của bản nháp');

    await rowButton(page, 'Báo cáo xã An Phú', 'Đổi tên').click();
    expect(await box.inputValue()).toBe('Báo cáo xã An Phú');
    // The whole old name is selected, so typing replaces it.
    expect(
      await box.evaluate(
        (input: HTMLInputElement) =>
          input.selectionEnd! - input.selectionStart!,
      ),
    ).toBe('Báo cáo xã An Phú'.length);
    await app.screenshot('drafts-rename-dialog-360');
    await page.setViewportSize({ width: 1280, height: 800 });
    await app.screenshot('drafts-rename-dialog-1280');
    await page.setViewportSize({ width: 360, height: 740 });
    await box.fill('Tên bỏ đi');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await focusedText(page)).toBe('Đổi tên');

    await rowButton(page, 'Báo cáo xã An Phú', 'Đổi tên').click();
    await box.fill('Tên bỏ đi');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect((await storedDraft(page, id)).meta?.name).toBe('Báo cáo xã An Phú');

    await rowButton(page, 'Báo cáo xã An Phú', 'Đổi tên').click();
    expect(await box.inputValue()).toBe('Báo cáo xã An Phú');
    await page.keyboard.type('Báo cáo xã An Phú năm 2015');
    await page.keyboard.press('Enter');
    await page
      .getByText('Đã đổi tên thành “Báo cáo xã An Phú năm 2015”.')
      .waitFor();
    expect(await focusedText(page)).toBe('Đổi tên');

    await page.reload();
    await page
      .getByRole('listitem', { name: 'Báo cáo xã An Phú năm 2015' })
      .waitFor();
    expect((await storedDraft(page, id)).meta?.name).toBe(
      'Báo cáo xã An Phú năm 2015',
    );
  });

  it('refuses an empty name under the box and saves nothing', async () => {
    const page = await app.openApp('#/ban-nhap');
    const { id } = await importNamed(page, 'Báo cáo xã Bình Minh');
    await page.getByText(/Đã nhập/).waitFor();
    const dialog = page.getByRole('dialog', { name: 'Đổi tên bản nháp' });

    await rowButton(page, 'Báo cáo xã Bình Minh', 'Đổi tên').click();
    await dialog.getByLabel('Tên mới của bản nháp').fill('   ');
    await page.keyboard.press('Enter');

    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toBe('Hãy nhập tên cho bản nháp.');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    expect((await storedDraft(page, id)).meta?.name).toBe(
      'Báo cáo xã Bình Minh',
    );
  });
});

describe('the year of a new report, asked in the page’s own dialog', () => {
  it('shows what is wrong under the box and creates nothing until a year is given', async () => {
    const page = await app.openApp('#/ban-nhap');
    await importNamed(page, 'Báo cáo xã Cát Lâm');
    await page.getByText(/Đã nhập/).waitFor();
    const draftsBefore = (await storedMetas(page)).length;
    const dialog = page.getByRole('dialog', { name: 'Tạo báo cáo năm mới' });
    const box = dialog.getByLabel('Báo cáo mới cho năm nào?');

    await rowButton(
      page,
      'Báo cáo xã Cát Lâm',
      'Tạo báo cáo năm mới từ bản này',
    ).click();
    await box.fill('năm sau');
    await dialog.getByRole('button', { name: 'Tạo báo cáo' }).click();

    const error = dialog.getByRole('alert');
    await expect
      .poll(() => error.textContent())
      .toBe(
        '“năm sau” không phải là năm hợp lệ: hãy nhập năm có 4 chữ số, từ 2000 đến 2100 (ví dụ 2026).',
      );
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(
      await box.evaluate((input) => input === document.activeElement),
    ).toBe(true);
    await app.screenshot('drafts-year-error-360');
    await page.setViewportSize({ width: 1280, height: 800 });
    await app.screenshot('drafts-year-error-1280');
    await page.setViewportSize({ width: 360, height: 740 });
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(page.url()).toMatch(/#\/ban-nhap$/);
    expect(await storedMetas(page)).toHaveLength(draftsBefore);
  });
});

describe('importing a draft that is already on this computer', () => {
  it('asks in the page before replacing, and keeps the local copy when told to', async () => {
    const page = await app.openApp('#/ban-nhap');
    const { id } = await importNamed(page, 'Báo cáo xã Đông Hà');
    await page.getByText(/Đã nhập/).waitFor();
    await importNamed(page, 'Báo cáo xã Đông Hà (tệp)', id);
    const dialog = page.getByRole('dialog', {
      name: 'Bản nháp này đã có trên máy',
    });
    await dialog.waitFor();
    await app.screenshot('drafts-replace-dialog-360');
    await page.setViewportSize({ width: 1280, height: 800 });
    await app.screenshot('drafts-replace-dialog-1280');
    await page.setViewportSize({ width: 360, height: 740 });

    await dialog.getByRole('button', { name: 'Giữ bản trên máy' }).click();
    await page.getByText('Đã giữ nguyên bản nháp trên máy.').waitFor();
    expect((await storedDraft(page, id)).meta?.name).toBe('Báo cáo xã Đông Hà');

    await importNamed(page, 'Báo cáo xã Đông Hà (tệp)', id);
    await dialog
      .getByRole('button', { name: 'Thay bằng bản trong tệp' })
      .click();
    await page.getByText(/Đã thay bằng bản trong tệp/).waitFor();
    expect((await storedDraft(page, id)).meta?.name).toBe(
      'Báo cáo xã Đông Hà (tệp)',
    );
  });
});
