import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agencyBox,
  completeAnswers,
  draftFileFor,
  importOnDraftsPage,
  storedDraft,
  storedMetas,
} from './drafts-fixtures';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;
let fresh: BrowserContext;
let freshPage: Page;
let exported: string;
let exportedId: string;
const downloads = mkdtempSync(path.join(tmpdir(), 'bieu-mau-downloads-'));
const typedAgency = 'Ủy ban nhân dân xã Phước Hòa (đã sửa)';

beforeAll(async () => {
  app = await startApp({ width: 1000 });
  // A second context shares nothing with the first: a fresh profile.
  fresh = await app.browser.newContext({ acceptDownloads: true });
  freshPage = await fresh.newPage();
});

afterAll(async () => {
  await fresh?.close();
  await app?.close();
  rmSync(downloads, { recursive: true, force: true });
});

async function everythingStored(page: Page) {
  const metas = await storedMetas(page);
  const answers = await Promise.all(
    metas.map(async (meta) => (await storedDraft(page, meta.id)).answers),
  );

  return { metas, answers };
}

describe('moving a draft to another machine as a file', () => {
  it('exports the typed answers to a .json download', async () => {
    const page = app.page;
    const seed = draftFileFor('Báo cáo xã Phước Hòa', completeAnswers());
    exportedId = seed.id;
    await app.openApp('#/ban-nhap');
    await importOnDraftsPage(page, 'seed.json', seed.buffer);
    await page.getByRole('link', { name: 'Mở' }).first().click();
    await (await agencyBox(page)).fill(typedAgency);
    await expect
      .poll(async () => (await storedDraft(page, seed.id)).answers?.generalInfo)
      .toMatchObject({ agencyName: typedAgency });
    await page.getByRole('link', { name: 'Bản nháp' }).first().click();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất ra tệp' }).first().click(),
    ]);

    expect(download.suggestedFilename()).toMatch(/^ban-nhap-.*\.json$/);
    const file = path.join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    exported = readFileSync(file, 'utf8');
    expect(JSON.parse(exported).draft.answers.generalInfo.agencyName).toBe(
      typedAgency,
    );
  });

  it('imports the file in a fresh profile and shows the same answers', async () => {
    await freshPage.goto(`${app.baseUrl}/#/ban-nhap`);
    await importOnDraftsPage(freshPage, 'ban-nhap.json', Buffer.from(exported));
    await freshPage
      .getByRole('status')
      .filter({ hasText: /Đã nhập/ })
      .waitFor();

    await freshPage.getByRole('link', { name: 'Mở' }).first().click();

    expect(await (await agencyBox(freshPage)).inputValue()).toBe(typedAgency);
    const there = await storedDraft(app.page, exportedId);
    const here = await storedDraft(freshPage, exportedId);
    expect(here.answers).toEqual(there.answers);
    expect(here.meta?.name).toBe('Báo cáo xã Phước Hòa');
  });

  it('refuses an edited file and changes no draft', async () => {
    await freshPage.goto(`${app.baseUrl}/#/ban-nhap`);
    await freshPage.getByRole('listitem').first().waitFor();
    const before = await everythingStored(freshPage);
    const edited = JSON.parse(exported);
    edited.draft.answers.generalInfo.agencyName = 'Đơn vị khác';

    await importOnDraftsPage(
      freshPage,
      'ban-nhap.json',
      Buffer.from(JSON.stringify(edited)),
    );

    await freshPage
      .getByRole('alert')
      .filter({ hasText: /đã bị sửa hoặc bị hỏng sau khi xuất/ })
      .waitFor();
    expect(await everythingStored(freshPage)).toEqual(before);
  });

  it('refuses a file that is not JSON and changes no draft', async () => {
    const before = await everythingStored(freshPage);

    await importOnDraftsPage(
      freshPage,
      'bao-cao.json',
      Buffer.from('Báo cáo năm 2015, không phải JSON'),
    );

    await freshPage
      .getByRole('alert')
      .filter({ hasText: /nội dung không phải JSON/ })
      .waitFor();
    expect(await everythingStored(freshPage)).toEqual(before);
    await freshPage.screenshot({
      path: path.resolve('.tmp/screenshots/drafts-import-refused.png'),
      fullPage: true,
    });
  });
});
