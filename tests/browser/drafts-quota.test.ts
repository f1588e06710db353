import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftIdOf } from './draft-reader';
import {
  agencyBox,
  completeAnswers,
  draftFileFor,
  importOnDraftsPage,
  startNewReport,
  storedDraft,
} from './drafts-fixtures';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ width: 1000 });
  // The disk "fills up" for the answers' parts once the test sets the flag;
  // a reload clears the flag, as freeing space would.
  await app.page.context().addInitScript(() => {
    const realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      const full = (globalThis as { diskFull?: boolean }).diskFull;
      if (full && this.name === 'answerParts') {
        throw new DOMException('Ổ đĩa đầy', 'QuotaExceededError');
      }

      return realPut.apply(this, args);
    };
  });
});

afterAll(async () => {
  await app?.close();
});

describe('a full disk while typing', () => {
  it('warns, keeps typing in the page, offers the file, loses nothing', async () => {
    const page = app.page;
    const earlier = draftFileFor('Báo cáo cũ', completeAnswers());
    await app.openApp('#/ban-nhap');
    await importOnDraftsPage(page, 'cu.json', earlier.buffer);
    await page
      .getByRole('status')
      .filter({ hasText: /Đã nhập/ })
      .waitFor();
    await startNewReport(app);
    const id = draftIdOf(page);
    await (await agencyBox(page)).fill('Xã Bình Minh');
    await expect
      .poll(async () => (await storedDraft(page, id)).answers?.generalInfo)
      .toEqual({ agencyName: 'Xã Bình Minh' });

    await page.evaluate(() => Object.assign(globalThis, { diskFull: true }));
    await (await agencyBox(page)).fill('Xã Bình Minh, gõ khi ổ đầy');

    const warning = page
      .getByRole('alert')
      .filter({ hasText: /Bộ nhớ của trình duyệt đã đầy/ });
    await warning.waitFor();
    await app.screenshot('save-indicator-memory-only');
    await page.getByLabel('Điện thoại').first().fill('0210 3852 999');
    expect(await page.getByLabel('Điện thoại').first().inputValue()).toBe(
      '0210 3852 999',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      warning.getByRole('button', { name: 'Tải bản nháp về máy' }).click(),
    ]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(file.draft.answers.generalInfo).toMatchObject({
      agencyName: 'Xã Bình Minh, gõ khi ổ đầy',
      phone: '0210 3852 999',
    });
    const stored = await storedDraft(page, id);
    expect(stored.answers?.generalInfo.agencyName).toBe('Xã Bình Minh');

    await page.reload();

    expect(await (await agencyBox(page)).inputValue()).toBe(
      'Xã Bình Minh, gõ khi ổ đầy',
    );
    expect((await storedDraft(page, earlier.id)).answers).toEqual(
      completeAnswers(),
    );
  });
});

describe('an older tab holding the drafts database', () => {
  it('says to close the other tabs instead of loading forever', async () => {
    const context = await app.browser.newContext();
    const holder = await context.newPage();
    await holder.goto(`${app.baseUrl}/healthz`);
    await holder.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('bieu-mau', 1);
          open.onupgradeneeded = () => {
            open.result.createObjectStore('draftMeta', { keyPath: 'id' });
            open.result.createObjectStore('draftAnswers', { keyPath: 'id' });
          };
          // Kept open on purpose, with no versionchange handler.
          open.onsuccess = () => resolve();
          open.onerror = () => reject(open.error);
        }),
    );
    const page = await context.newPage();

    await page.goto(`${app.baseUrl}/#/ban-nhap`);

    await page
      .getByRole('alert')
      .filter({ hasText: /Một thẻ khác đang giữ cơ sở dữ liệu bản nháp/ })
      .waitFor({ timeout: 20_000 });
    await page.screenshot({
      path: `${process.cwd()}/.tmp/screenshots/drafts-db-blocked.png`,
      fullPage: true,
    });
    await context.close();
  });
});
