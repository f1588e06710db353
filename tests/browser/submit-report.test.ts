import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  answersMissingAgency,
  draftFileFor,
  importDraftFile,
} from './drafts-fixtures';
import { screenshotDir, startApp, type RunningApp } from './harness';

const adminToken = 'kiem-thu-van-phong-0123456789';

let app: RunningApp;
let page: Page;
const draftId = randomUUID();
let firstReceiptId: string;

async function listedSubmissions(): Promise<Record<string, any>[]> {
  const response = await fetch(`${app.baseUrl}/api/submissions`, {
    headers: { Authorization: `Bearer ${adminToken}` },
  });
  expect(response.status).toBe(200);

  return ((await response.json()) as { submissions: [] }).submissions;
}

async function submitThroughDialog() {
  await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nộp báo cáo này?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Nộp báo cáo' }).click();
}

beforeAll(async () => {
  process.env.BIEU_MAU_ADMIN_TOKEN = adminToken;
  app = await startApp({ width: 1000 });
  page = app.page;
});

afterAll(async () => {
  delete process.env.BIEU_MAU_ADMIN_TOKEN;
  await app?.close();
});

describe('submitting a 2015 report and reading it in the office', () => {
  it('lists a missing answer by section and opens its field on click', async () => {
    await app.openApp('#/ban-nhap');
    const answers = answersMissingAgency();
    const file = draftFileFor('Báo cáo kiểm thử nộp', answers, draftId);
    await importDraftFile(page, file.buffer);
    await app.openApp(`#/dien/${draftId}/muc/8`);

    await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    const summary = page.getByRole('alert').filter({
      has: page.getByRole('heading', { name: /Chưa nộp được: còn 1 chỗ/ }),
    });
    await summary.waitFor();
    expect(await summary.getByRole('heading', { level: 4 }).textContent()).toBe(
      'MỤC 1. THÔNG TIN CHUNG',
    );
    await app.screenshot('submit-loi-theo-muc');

    await summary.getByRole('link', { name: /Tên Đơn vị/ }).click();
    await page.waitForURL(new RegExp(`#/dien/${draftId}/muc/1$`));
    const agency = page.getByLabel('Tên Đơn vị');
    await expect
      .poll(() => agency.evaluate((el) => el === document.activeElement))
      .toBe(true);
    await agency.fill('Phòng Văn hóa và Thông tin huyện Vĩnh An');
    await agency.blur();
  });

  it('queues the valid report, sends it once and shows the receipt', async () => {
    await submitThroughDialog();
    const receipt = page.getByText(
      /Đã nộp lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}/,
    );
    await receipt.waitFor({ timeout: 20_000 });
    firstReceiptId = (await page.locator('.submit-receipt-id').textContent())!;
    expect(firstReceiptId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await page.getByLabel('Tên Đơn vị').isEditable()).toBe(false);
    await app.screenshot('submit-bien-nhan');

    const stored = await listedSubmissions();
    expect(stored.map((s) => s.submissionId)).toEqual([firstReceiptId]);
    expect(stored[0].agency).toBe('Phòng Văn hóa và Thông tin huyện Vĩnh An');
  });

  it('asks the office for its token and refuses a wrong one in Vietnamese', async () => {
    await app.openApp('#/van-phong');
    await page.getByLabel('Mã quản trị').fill('mot-ma-sai-hoan-toan-khac');
    await page.getByRole('button', { name: 'Xem báo cáo' }).click();
    await page.getByText(/Mã quản trị không đúng/).waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await app.screenshot('van-phong-sai-ma');
  });

  it('shows the office who submitted and opens the report read-only', async () => {
    await page.getByLabel('Mã quản trị').fill(adminToken);
    await page.getByRole('button', { name: 'Xem báo cáo' }).click();
    const table = page.getByRole('table', { name: /Có 1 báo cáo đã nộp/ });
    await table.waitFor();
    const row = table.getByRole('row').nth(1);
    expect(await row.textContent()).toMatch(
      /Vĩnh An.*2015.*\d\d\/\d\d\/\d{4} \d\d:\d\d/,
    );
    await app.screenshot('van-phong-danh-sach');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải về CSV' }).click();
    const csv = readFileSync((await (await downloading).path())!, 'utf8');
    expect(csv).toContain(firstReceiptId);
    expect(csv).toContain('Phòng Văn hóa và Thông tin huyện Vĩnh An');

    await row.getByRole('link', { name: /Xem báo cáo của/ }).click();
    await page.waitForURL(new RegExp(`#/van-phong/${firstReceiptId}$`));
    await page
      .getByRole('heading', { name: /Báo cáo của Phòng Văn hóa/ })
      .waitFor();
    const agency = page.getByLabel('Tên Đơn vị');
    await agency.waitFor();
    expect(await agency.inputValue()).toBe(
      'Phòng Văn hóa và Thông tin huyện Vĩnh An',
    );
    expect(await agency.isEditable()).toBe(false);
    expect(await page.getByRole('heading', { name: /MỤC 8/ }).count()).toBe(1);
    // The whole report is very long: the top of it is what to look at.
    await page.screenshot({
      path: path.join(screenshotDir, 'van-phong-xem-bao-cao.png'),
    });
  });

  it('makes a revision that the office sees as replacing the first report', async () => {
    await app.openApp(`#/dien/${draftId}/muc/1`);
    await page.getByRole('button', { name: 'Tạo bản sửa đổi' }).click();
    await page.waitForURL((url) => !url.hash.includes(draftId));
    const agency = page.getByLabel('Tên Đơn vị');
    await agency.fill('Phòng Văn hóa và Thông tin huyện Vĩnh An (sửa)');
    await agency.blur();
    await submitThroughDialog();
    await page.getByText(/Đã nộp lúc/).waitFor({ timeout: 20_000 });

    const stored = await listedSubmissions();
    expect(stored).toHaveLength(2);
    const revision = stored.find((s) => s.submissionId !== firstReceiptId);
    expect(revision?.replaces).toBe(firstReceiptId);

    await app.openApp('#/van-phong');
    const table = page.getByRole('table', { name: /Có 2 báo cáo đã nộp/ });
    await table.waitFor();
    expect(await table.getByText(/Bản sửa đổi của/).count()).toBe(1);
    expect(await table.getByText(/Đã có bản sửa đổi/).count()).toBe(1);
    await app.screenshot('van-phong-ban-sua-doi');
  });
});
