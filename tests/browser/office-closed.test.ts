import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;

beforeAll(async () => {
  // No admin token on this server: its office read API stays closed.
  delete process.env.BIEU_MAU_ADMIN_TOKEN;
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

describe('the office view on a server without an admin token', () => {
  it('says the read API is closed and who must open it', async () => {
    const page = await app.openApp('#/van-phong');
    await page.getByLabel('Mã quản trị').fill('bat-ky-ma-nao-0123456789');
    await page.getByRole('button', { name: 'Xem báo cáo' }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /Chức năng xem báo cáo đang tắt.*BIEU_MAU_ADMIN_TOKEN/,
    );
    expect(await page.getByRole('table').count()).toBe(0);
    await app.screenshot('van-phong-chua-mo');
  });
});
