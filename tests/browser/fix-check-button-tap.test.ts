import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;
let page: Page;

beforeAll(async () => {
  app = await startApp({ width: 360 });
  page = app.page;
});

afterAll(async () => {
  await app?.close();
});

const checkButton = () =>
  page.getByRole('button', { name: 'Kiểm tra toàn bộ' });

/** Leaves the cursor in an empty required box, as after typing and Tab. */
async function typeThenTabToEmptyRequired() {
  await page.getByLabel('Năm báo cáo').fill('2015');
  await page.getByLabel('Năm báo cáo').press('Tab');
  await page.waitForTimeout(300);
}

describe('"Kiểm tra toàn bộ" on a phone', () => {
  it('checks the report when pressed while an empty required box has the cursor', async () => {
    await app.openApp('#/');
    await page.getByRole('button', { name: /Tạo báo cáo mới/ }).click();
    await page.getByRole('heading', { name: /MỤC 1\./ }).waitFor();
    await typeThenTabToEmptyRequired();
    await checkButton().scrollIntoViewIfNeeded();
    const box = await checkButton().boundingBox();
    if (!box) throw new Error('The check button is not on screen.');

    // A press and release at one spot, as a finger does: the release must
    // still land on the button whatever leaving the box did to the layout.
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.waitForTimeout(200);
    await page.mouse.up();

    const result = page.locator('.whole-check .error-summary');
    await result.waitFor({ timeout: 5000 });
    expect(await result.getByRole('heading').textContent()).toMatch(/lỗi/);
    await app.screenshot('fix-check-button-tap');
  });

  it('shows light text on the pressed button, not dark on dark blue', async () => {
    const button = checkButton();
    await button.hover();
    await page.mouse.down();
    const colours = await button.evaluate((b) => {
      const style = getComputedStyle(b);
      return { text: style.color, background: style.backgroundColor };
    });
    await page.mouse.up();

    expect(contrast(colours.text, colours.background)).toBeGreaterThan(4.5);
  });
});

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });

  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);

  return (light + 0.05) / (dark + 0.05);
}
