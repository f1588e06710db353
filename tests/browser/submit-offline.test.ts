import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  completeAnswers,
  draftFileFor,
  importDraftFile,
} from './drafts-fixtures';
import { startApp, type RunningApp } from './harness';

const adminToken = 'kiem-thu-hang-cho-0123456789';
const answers = completeAnswers();

let app: RunningApp;
let page: Page;

/** Imports a complete draft; `extra` adds fields such as `replaces`. */
async function importDraft(
  id: string,
  name: string,
  extra: Record<string, unknown> = {},
) {
  await app.openApp('#/ban-nhap');
  await importDraftFile(page, draftFileFor(name, answers, id, extra).buffer);
}

async function submitThroughDialog() {
  await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nộp báo cáo này?' });
  await dialog.getByRole('button', { name: 'Nộp báo cáo' }).click();
}

async function storedIds(): Promise<string[]> {
  const response = await fetch(`${app.baseUrl}/api/submissions`, {
    headers: { Authorization: `Bearer ${adminToken}` },
  });
  const body = (await response.json()) as {
    submissions: { submissionId: string }[];
  };

  return body.submissions.map((s) => s.submissionId);
}

beforeAll(async () => {
  process.env.BIEU_MAU_ADMIN_TOKEN = adminToken;
  app = await startApp({ width: 800 });
  page = app.page;
});

afterAll(async () => {
  delete process.env.BIEU_MAU_ADMIN_TOKEN;
  await app?.close();
});

describe('a report submitted while the server is down', () => {
  const draftId = randomUUID();

  it('waits in the queue with its next try time while the server is stopped', async () => {
    await importDraft(draftId, 'Báo cáo gửi lúc mất mạng');
    await app.openApp(`#/dien/${draftId}/muc/2`);
    const position = page.getByLabel('Chức vụ');
    await position.fill('Phó trưởng phòng');
    await position.blur();

    await app.stopServer();
    await submitThroughDialog();
    const queued = page.getByText('Đang chờ gửi.');
    await queued.waitFor({ timeout: 20_000 });
    expect(
      await page.getByText(/Sẽ thử gửi lại lúc \d\d:\d\d ngày/).count(),
    ).toBe(1);
    expect(await position.isEditable()).toBe(false);
    await app.screenshot('submit-dang-cho-gui');
  });

  it('arrives exactly once after the server comes back', async () => {
    await app.restartServer();
    const receipt = page.getByText(/Đã nộp lúc/);
    await receipt.waitFor({ timeout: 60_000 });
    const receiptId = await page.locator('.submit-receipt-id').textContent();
    await app.screenshot('submit-da-gui-sau-khi-co-mang');

    // A reload restarts the sender: nothing may be sent a second time.
    await page.reload();
    await page.getByText(/Đã nộp lúc/).waitFor();
    expect(await storedIds()).toEqual([receiptId]);
  });
});

describe('a report the server refuses', () => {
  it('shows the server reason and opens the draft for corrections again', async () => {
    const draftId = randomUUID();
    await importDraft(draftId, 'Bản sửa đổi của một báo cáo không có', {
      replaces: randomUUID(),
    });
    await app.openApp(`#/dien/${draftId}/muc/1`);
    await submitThroughDialog();

    const refusal = page.getByText(/Máy chủ từ chối:/);
    await refusal.waitFor({ timeout: 20_000 });
    expect(await page.getByText(/Không tìm thấy báo cáo/).count()).toBe(1);
    expect(await page.getByLabel('Tên Đơn vị').isEditable()).toBe(true);
    expect(await storedIds()).toHaveLength(1);
    await app.screenshot('submit-may-chu-tu-choi');
  });
});
