import { cpSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfRepoForms, editJson } from './forms-copy';
import { startApp, type RunningApp } from './harness';

const formId = 'bao-cao-ung-dung-cntt';
let formsDir: string;
let app: RunningApp;

/** A copy of the forms folder with a 2016 version and a broken 2014 one. */
function formsWithMoreVersions(): string {
  const dir = copyOfRepoForms();
  const form = path.join(dir, formId);
  cpSync(path.join(form, '2015'), path.join(form, '2016'), { recursive: true });
  editJson(path.join(form, '2016/schema.json'), (schema) => {
    schema.$id = `urn:bieu-mau:${formId}:2016`;
  });
  editJson(path.join(form, '2016/version.json'), (meta) => {
    meta.title = 'Mẫu năm 2016';
  });
  editJson(path.join(form, 'form.json'), (meta) => {
    meta.currentVersion = '2016';
  });
  cpSync(path.join(form, '2015'), path.join(form, '2014'), { recursive: true });
  writeFileSync(path.join(form, '2014/schema.json'), '{ "type": "object", ');

  return dir;
}

beforeAll(async () => {
  formsDir = formsWithMoreVersions();
  app = await startApp({ formsDir });
});

afterAll(async () => {
  await app?.close();
  rmSync(formsDir, { recursive: true, force: true });
});

describe('a new version folder, with no code change', () => {
  it('is listed first and marked current, beside the older versions', async () => {
    const page = await app.openApp('#/');
    const rows = page.locator('.version-row');
    await rows.first().waitFor();

    expect(await rows.first().textContent()).toMatch(/2016.*Hiện hành/);
    expect(await rows.count()).toBe(3);
    await app.screenshot('versions-home');
  });

  it('shows what is wrong with a broken version while others still work', async () => {
    const page = app.page;
    const broken = page.locator('.version-row', { hasText: 'Phiên bản 2014' });

    expect(await broken.getByRole('alert').textContent()).toMatch(
      /2014\/schema\.json/,
    );
    expect(await broken.getByRole('button').count()).toBe(0);
  });

  it('opens a report of the new version with its own definition', async () => {
    const page = app.page;
    await page
      .locator('.version-row', { hasText: 'Phiên bản 2016' })
      .getByRole('button', { name: /Tạo báo cáo mới/ })
      .click();
    await page
      .getByRole('heading', { name: /MỤC 1\. THÔNG TIN CHUNG/ })
      .waitFor();

    expect(await page.getByText('Mẫu năm 2016').count()).toBeGreaterThan(0);
    expect(await page.getByLabel('Năm báo cáo').count()).toBe(1);
    await app.screenshot('versions-fill-2016');
  });
});
