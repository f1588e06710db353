import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftIdOf } from './draft-reader';
import { agencyBox, startNewReport } from './drafts-fixtures';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;
let draftUrl: string;
const agency = 'Ủy ban nhân dân xã Tân Phú';

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

async function newTab(): Promise<Page> {
  const [context] = app.browser.contexts();

  return context.newPage();
}

describe('drafts in a real browser', () => {
  it('keeps an answer typed less than 100 ms before the tab closed', async () => {
    const page = await startNewReport(app);
    draftUrl = `${app.baseUrl}/#/dien/${encodeURIComponent(draftIdOf(page))}`;
    const box = await agencyBox(page);

    await box.fill(agency);
    await page.waitForTimeout(30);
    await page.close();

    const reopened = await newTab();
    await reopened.goto(draftUrl);
    await expect
      .poll(async () => (await agencyBox(reopened)).inputValue())
      .toBe(agency);
    await reopened.close();
  });

  it('keeps words typed fast into a table cell just before the tab closed', async () => {
    const section7 = `${draftUrl}/muc/7`;
    const summary = (page: Page) => page.getByLabel(/^Trích yếu, dòng/).last();
    const page = await newTab();
    await page.goto(section7);
    await page.getByRole('button', { name: 'Thêm dòng' }).click();
    await summary(page).click();
    // Closed at once: the last keys' redraw may still be waiting.
    await page.keyboard.type('Kế hoạch ứng dụng CNTT năm 2015');
    await page.close();

    const reopened = await newTab();
    await reopened.goto(section7);
    await expect
      .poll(async () => summary(reopened).inputValue())
      .toBe('Kế hoạch ứng dụng CNTT năm 2015');
    await reopened.close();
  });

  it('opens the app and the draft again with the network gone', async () => {
    const page = await newTab();
    await page.goto(draftUrl);
    await agencyBox(page);
    // The shell may not register it yet; the worker itself is under test.
    const controlled = await page.evaluate(async () => {
      await navigator.serviceWorker.register('sw.js');
      await navigator.serviceWorker.ready;
      if (navigator.serviceWorker.controller) return true;

      return new Promise<boolean>((resolve) => {
        setTimeout(() => resolve(false), 15_000);
        navigator.serviceWorker.addEventListener('controllerchange', () =>
          resolve(true),
        );
      });
    });
    expect(controlled).toBe(true);
    await page.context().setOffline(true);

    await page.reload();

    expect(await (await agencyBox(page)).inputValue()).toBe(agency);
    await page.context().setOffline(false);
    await page.close();
  });

  it('lists the draft with its agency and opens it from the drafts page', async () => {
    const page = await newTab();
    await page.goto(`${app.baseUrl}/#/ban-nhap`);
    const row = page.getByRole('listitem').filter({ hasText: agency }).first();
    await row.waitFor({ timeout: 10_000 }).catch(() => undefined);
    await page.screenshot({
      path: `${process.cwd()}/.tmp/screenshots/drafts-page.png`,
      fullPage: true,
    });

    await page.getByRole('link', { name: 'Mở' }).first().click();

    expect(await (await agencyBox(page)).inputValue()).toBe(agency);
    await page.close();
  });
});
