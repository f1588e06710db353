import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotDir, startApp, type RunningApp } from './harness';
import {
  completeAnswers,
  draftFileFor,
  importOnDraftsPage,
} from './drafts-fixtures';
import {
  adminToken,
  openOffice,
  reportOf,
  sendReport,
} from './fix-office-seed';

let app: RunningApp;
let page: Page;
let draftId: string;

interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** Elements sticking out of the viewport, outside any scrolling box. */
  culprits: string[];
}

function measureOverflow(): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const scrollsInside = (element: Element) => {
      for (
        let e = element.parentElement;
        e && e !== root;
        e = e.parentElement
      ) {
        const overflowX = getComputedStyle(e).overflowX;
        if (overflowX === 'auto' || overflowX === 'scroll') return true;
      }
      return false;
    };
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 1)
      .filter((e) => !scrollsInside(e))
      .slice(0, 8)
      .map((e) => {
        const box = e.getBoundingClientRect();
        return `${e.tagName.toLowerCase()}.${e.className} right=${Math.round(box.right)} width=${Math.round(box.width)}`;
      });

    return {
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
      culprits,
    };
  });
}

async function expectNoSidewaysScroll(shot: string) {
  const overflow = await measureOverflow();
  if (overflow.culprits.length > 0)
    await app.screenshot(`fix-overflow-${shot}`);
  expect(overflow.culprits, shot).toEqual([]);
  expect(overflow.scrollWidth, shot).toBeLessThanOrEqual(overflow.clientWidth);
}

/** A grid's printed wording keeps a readable width; its choices scroll. */
async function checkGridsReadable() {
  const grid = page.locator('.bm-grid-field').first();
  await grid.scrollIntoViewIfNeeded();
  await grid.screenshot({ path: `${screenshotDir}/fix-grid-360-muc-5.png` });
  const wordingWidths = await page
    .locator('.bm-grid tbody th')
    .evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().width));
  expect(wordingWidths.length).toBeGreaterThan(0);
  expect(Math.min(...wordingWidths)).toBeGreaterThanOrEqual(150);
}

beforeAll(async () => {
  process.env.BIEU_MAU_ADMIN_TOKEN = adminToken;
  app = await startApp();
  page = app.page;
  await sendReport(app, reportOf('Ủy ban nhân dân xã Vĩnh An', 2015));
  const file = draftFileFor('Báo cáo đủ câu trả lời', completeAnswers());
  draftId = file.id;
  await app.openApp('#/ban-nhap');
  await importOnDraftsPage(page, 'ban-nhap.json', file.buffer);
  await page
    .getByRole('link', { name: 'Báo cáo đủ câu trả lời' })
    .first()
    .waitFor();
});

afterAll(async () => {
  delete process.env.BIEU_MAU_ADMIN_TOKEN;
  await app?.close();
});

describe.each([360, 1280])(
  'at %i px wide, the page never scrolls sideways',
  (width) => {
    beforeAll(async () => {
      await page.setViewportSize({ width, height: 800 });
    });

    it('on every section of the fill page', async () => {
      await app.openApp(`#/dien/${draftId}`);
      for (let section = 1; section <= 9; section += 1) {
        await page.waitForURL(new RegExp(`#/dien/${draftId}`));
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        await page.waitForTimeout(300);
        await expectNoSidewaysScroll(`${width}-muc-${section}`);
        if (width === 360 && section === 5) await checkGridsReadable();
        const next = page.getByRole('link', { name: /Mục tiếp theo/ });
        if (section < 9) await next.click();
      }
    });

    it('on the print view', async () => {
      await app.openApp(`#/in/${draftId}`);
      await page.locator('.print-signature-section').waitFor();
      await expectNoSidewaysScroll(`${width}-in`);
      await app.screenshot(`fix-overflow-${width}-in`);
    });

    it('on the office list', async () => {
      await openOffice(app);
      await expectNoSidewaysScroll(`${width}-van-phong`);
      await app.screenshot(`fix-overflow-${width}-van-phong`);
    });

    it('on the drafts list', async () => {
      await app.openApp('#/ban-nhap');
      await page
        .getByRole('link', { name: 'Báo cáo đủ câu trả lời' })
        .first()
        .waitFor();
      await expectNoSidewaysScroll(`${width}-ban-nhap`);
    });
  },
);
