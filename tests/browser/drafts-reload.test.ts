import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftIdOf } from './draft-reader';
import { agencyBox, startNewReport, storedDraft } from './drafts-fixtures';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

describe('reloading the fill page', () => {
  it('shows the answers typed just before a reload', async () => {
    const page = await startNewReport(app);
    const id = draftIdOf(page);
    await (await agencyBox(page)).fill('Ủy ban nhân dân xã Hòa Bình');
    await page.getByLabel('Điện thoại').first().fill('0210 3852 111');

    // Far inside the autosave pause and JSON Forms' own 10 ms debounce.
    await page.reload();

    expect(await (await agencyBox(page)).inputValue()).toBe(
      'Ủy ban nhân dân xã Hòa Bình',
    );
    expect(await page.getByLabel('Điện thoại').first().inputValue()).toBe(
      '0210 3852 111',
    );
    await expect
      .poll(async () => (await storedDraft(page, id)).answers?.generalInfo)
      .toMatchObject({
        agencyName: 'Ủy ban nhân dân xã Hòa Bình',
        phone: '0210 3852 111',
      });
  });

  it('shows the saved time, then the same answers after a later reload', async () => {
    const page = await startNewReport(app);
    const id = draftIdOf(page);
    const box = await agencyBox(page);
    await box.fill('Phòng Văn hóa và Thông tin huyện Đức Thọ');

    await expect
      .poll(async () => (await storedDraft(page, id)).answers?.generalInfo)
      .toEqual({ agencyName: 'Phòng Văn hóa và Thông tin huyện Đức Thọ' });
    await page
      .getByRole('status')
      .filter({ hasText: /Đã lưu lúc/ })
      .waitFor();
    await app.screenshot('save-indicator-saved');
    await page.reload();

    expect(await (await agencyBox(page)).inputValue()).toBe(
      'Phòng Văn hóa và Thông tin huyện Đức Thọ',
    );
    await page
      .getByRole('status')
      .filter({ hasText: /Đã lưu lúc/ })
      .waitFor();
  });
});
