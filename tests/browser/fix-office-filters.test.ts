import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type RunningApp } from './harness';
import {
  adminToken,
  openOffice,
  reportOf,
  sendReport,
} from './fix-office-seed';

let app: RunningApp;
let page: Page;

beforeAll(async () => {
  process.env.BIEU_MAU_ADMIN_TOKEN = adminToken;
  app = await startApp({ width: 1000 });
  await sendReport(app, reportOf('UBND xã Vĩnh An', 2015));
  await sendReport(app, reportOf('UBND xã Tân Phú', 2015));
  await sendReport(app, reportOf('UBND xã Vĩnh Hòa', 2016));
  page = await openOffice(app);
});

afterAll(async () => {
  delete process.env.BIEU_MAU_ADMIN_TOKEN;
  await app?.close();
});

const filters = () => page.getByRole('form', { name: 'Lọc báo cáo' });

async function agenciesListed(): Promise<string[]> {
  await page.getByRole('table').waitFor();
  const cells = page.locator('.office-table tbody tr td:first-child');

  return (await cells.allTextContents()).sort();
}

async function applyFilter(label: string, value: string) {
  await filters().getByLabel(label).fill(value);
  await filters().getByRole('button', { name: 'Lọc' }).click();
}

describe('the office list filters', () => {
  it('finds an agency by part of its name without case or tone marks', async () => {
    await applyFilter('Đơn vị', 'vinh an');
    expect(await agenciesListed()).toEqual(['UBND xã Vĩnh An']);

    await applyFilter('Đơn vị', 'Vĩnh');
    expect(await agenciesListed()).toEqual([
      'UBND xã Vĩnh An',
      'UBND xã Vĩnh Hòa',
    ]);
    await applyFilter('Đơn vị', '');
  });

  it('says a year that is not four digits is wrong instead of showing no reports', async () => {
    await applyFilter('Năm báo cáo', '20a5');
    const alert = filters().getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('"20a5" không hợp lệ');
    expect(await agenciesListed()).toHaveLength(3);
    await app.screenshot('fix-office-year-invalid');

    await applyFilter('Năm báo cáo', '2016');
    expect(await filters().getByRole('alert').count()).toBe(0);
    expect(await agenciesListed()).toEqual(['UBND xã Vĩnh Hòa']);
    await applyFilter('Năm báo cáo', '');
  });

  it('offers forms by title and shows the title and "Mẫu năm 2015" in the list', async () => {
    const select = filters().getByLabel('Biểu mẫu');
    const title = 'Biểu mẫu báo cáo tình hình ứng dụng công nghệ thông tin';
    await select.selectOption({ label: title });
    await filters().getByRole('button', { name: 'Lọc' }).click();
    // The earlier filter's table stays until the new list arrives.
    await expect.poll(agenciesListed).toHaveLength(3);

    const formCell = page.locator('.office-table tbody tr td:nth-child(3)');
    await expect
      .poll(() => formCell.first().textContent())
      .toBe(`${title} · Mẫu năm 2015`);
    await app.screenshot('fix-office-form-titles');
  });
});
