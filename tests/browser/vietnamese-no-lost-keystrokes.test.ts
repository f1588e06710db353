import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type RunningApp } from './harness';
import { storedAnswers } from './draft-reader';
import { completeAnswers, importDraft, submitReport } from './vietnamese-steps';

let app: RunningApp;
let page: Page;
let draftId: string;

const answersOf = () => storedAnswers(page, draftId);

beforeAll(async () => {
  process.env.BIEU_MAU_ADMIN_TOKEN = 'kiem-thu-go-phim-0123456789';
  app = await startApp({ width: 1000 });
  page = app.page;
  draftId = await importDraft(app, completeAnswers());
});

afterAll(async () => {
  delete process.env.BIEU_MAU_ADMIN_TOKEN;
  await app?.close();
});

describe('the last keystroke before moving on is saved', () => {
  it('keeps a word typed just before Tab', async () => {
    await app.openApp(`#/dien/${draftId}/muc/1`);
    const agency = page.getByLabel('Tên Đơn vị');
    await agency.fill('');
    await agency.pressSequentially('UBND xã Tân Ph');
    await page.keyboard.insertText('ú');
    await page.keyboard.press('Tab');

    await expect
      .poll(async () => (await answersOf()).generalInfo.agencyName)
      .toBe('UBND xã Tân Phú');
  });

  it('keeps a number typed just before the section changes', async () => {
    const staff = page.getByLabel('Tổng số cán bộ, công chức');
    await staff.fill('');
    await staff.pressSequentially('1.234');
    await page.getByRole('link', { name: /Mục tiếp theo/ }).click();
    await page.getByRole('heading', { level: 2, name: /MỤC 2/ }).waitFor();

    await expect
      .poll(async () => (await answersOf()).generalInfo.staffTotal)
      .toBe(1234);
  });

  it('keeps a name typed just before Nộp báo cáo, in the draft and the report', async () => {
    await app.openApp(`#/dien/${draftId}/muc/9`);
    const name = page.getByLabel('Họ và tên').first();
    await name.fill('');
    await name.pressSequentially('Nguyễn Thị Hươn');
    await page.keyboard.insertText('g');
    const receipt = await submitReport(page);

    expect((await answersOf()).signatures.declarant.fullName).toBe(
      'Nguyễn Thị Hương',
    );
    const response = await fetch(`${app.baseUrl}/api/submissions/${receipt}`, {
      headers: {
        Authorization: `Bearer ${process.env.BIEU_MAU_ADMIN_TOKEN}`,
      },
    });
    const { envelope } = (await response.json()) as { envelope: any };
    expect(envelope.answers.signatures.declarant.fullName).toBe(
      'Nguyễn Thị Hương',
    );
    expect(envelope.answers.generalInfo).toMatchObject({
      agencyName: 'UBND xã Tân Phú',
      staffTotal: 1234,
    });
  });
});
