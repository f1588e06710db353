import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import path from 'node:path';
import { screenshotDir, startApp, type RunningApp } from './harness';
import { completeAnswers, importDraft } from './vietnamese-steps';

let app: RunningApp;
let page: Page;

// 3.5 cm at the screen's 96 px per inch, less a little for rounding.
const SIGNING_ROOM_PX = 120;

beforeAll(async () => {
  app = await startApp({ width: 1280 });
  page = app.page;
  const draftId = await importDraft(app, completeAnswers());
  await app.openApp(`#/in/${draftId}`);
  await page.locator('.print-signature-section').waitFor();
});

afterAll(async () => {
  await app?.close();
});

/** Top and bottom of each signer's parts, in page pixels. */
async function signerParts(role: string) {
  const signer = page.locator('.print-signer', {
    has: page.getByRole('heading', { name: new RegExp(`^${role}`) }),
  });
  const box = async (locator: ReturnType<Page['locator']>) => {
    const found = await locator.boundingBox();
    if (!found) throw new Error(`${role}: a part of the signer is not shown.`);
    return { top: found.y, bottom: found.y + found.height };
  };

  return {
    date: await box(signer.getByText('Ngày ký:')),
    role: await box(signer.getByRole('heading')),
    name: await box(signer.getByText('Họ và tên:')),
  };
}

describe('the printed signature block', () => {
  for (const role of ['Người khai', 'Thủ trưởng cơ quan']) {
    it(`puts the room to sign under "${role}" and the name below it`, async () => {
      const parts = await signerParts(role);

      expect(parts.date.bottom).toBeLessThanOrEqual(parts.role.top);
      expect(parts.name.top - parts.role.bottom).toBeGreaterThanOrEqual(
        SIGNING_ROOM_PX,
      );
    });
  }

  it('prints the signer names after the space, as typed', async () => {
    const text = await page.locator('.print-signature-section').innerText();

    expect(text).toMatch(/Người khai\s+\(Ký và ghi rõ họ, tên\)\s+Họ và tên:/);
    await page.locator('.print-signature-section').screenshot({
      path: path.join(screenshotDir, 'locale-print-signature.png'),
    });
  });
});
