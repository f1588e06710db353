import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftIdOf } from './draft-reader';
import {
  agencyBox,
  startNewReport,
  storedDraft,
  storedMetas,
} from './drafts-fixtures';
import { startApp, screenshotDir, type RunningApp } from './harness';

let app: RunningApp;
let tabA: Page;
let tabB: Page;
let draftId: string;

const conflictText = /vừa được lưu ở một thẻ hoặc cửa sổ khác/;

beforeAll(async () => {
  app = await startApp({ width: 1000 });
  tabA = await startNewReport(app);
  draftId = draftIdOf(tabA);
});

afterAll(async () => {
  await app?.close();
});

async function storedAgency(): Promise<string | undefined> {
  return (await storedDraft(tabA, draftId)).answers?.generalInfo?.agencyName;
}

async function typeAndWaitForSave(tab: Page, text: string) {
  await (await agencyBox(tab)).fill(text);
  await expect.poll(storedAgency).toBe(text);
}

/** The other tab saves, this tab is told, then types anyway. */
async function raceTo(conflicted: Page, saver: Page, texts: [string, string]) {
  await typeAndWaitForSave(saver, texts[0]);
  await conflicted
    .getByRole('alert')
    .filter({ hasText: conflictText })
    .waitFor();
  await (await agencyBox(conflicted)).fill(texts[1]);
  await conflicted
    .getByRole('status')
    .filter({ hasText: /Tạm dừng lưu/ })
    .waitFor();
  // Longer than the autosave pause: the paused tab must not have written.
  await conflicted.waitForTimeout(1200);
  expect(await storedAgency()).toBe(texts[0]);
}

describe('one draft open in two tabs', () => {
  it('opens the same answers in the second tab', async () => {
    await typeAndWaitForSave(tabA, 'Ủy ban nhân dân xã Tân Phú');
    tabB = await tabA.context().newPage();

    await tabB.goto(tabA.url());

    expect(await (await agencyBox(tabB)).inputValue()).toBe(
      'Ủy ban nhân dân xã Tân Phú',
    );
  });

  it('asks the second tab which copy to keep and stores "Giữ bản của tôi"', async () => {
    await raceTo(tabB, tabA, ['Xã Tân Phú – thẻ A', 'Xã Tân Phú – thẻ B']);
    await tabB.screenshot({
      path: `${screenshotDir}/save-indicator-conflict.png`,
      fullPage: true,
    });

    await tabB.getByRole('button', { name: 'Giữ bản của tôi' }).click();

    await expect.poll(storedAgency).toBe('Xã Tân Phú – thẻ B');
    expect(await (await agencyBox(tabB)).inputValue()).toBe(
      'Xã Tân Phú – thẻ B',
    );
  });

  it('shows the kept copy in the first tab after "Dùng bản ở thẻ kia"', async () => {
    const notice = tabA.getByRole('alert').filter({ hasText: conflictText });
    await notice.waitFor();

    await notice.getByRole('button', { name: 'Dùng bản ở thẻ kia' }).click();

    await expect
      .poll(async () => (await agencyBox(tabA)).inputValue())
      .toBe('Xã Tân Phú – thẻ B');
    expect(await storedAgency()).toBe('Xã Tân Phú – thẻ B');
    await tabA
      .getByRole('status')
      .filter({ hasText: /Đã lưu lúc/ })
      .waitFor();
  });

  it('replaces this tab’s typing with the other tab’s saved copy on request', async () => {
    await raceTo(tabB, tabA, ['Xã Tân Phú – A lần 2', 'Xã Tân Phú – B lần 2']);

    await tabB.getByRole('button', { name: 'Dùng bản ở thẻ kia' }).click();

    await expect
      .poll(async () => (await agencyBox(tabB)).inputValue())
      .toBe('Xã Tân Phú – A lần 2');
    await tabB.waitForTimeout(800);
    expect(await storedAgency()).toBe('Xã Tân Phú – A lần 2');
  });

  it('keeps typing from a tab closed mid-conflict as its own draft', async () => {
    await raceTo(tabB, tabA, ['Xã Tân Phú – A lần 3', 'Xã Tân Phú – B lần 3']);

    await tabB.close();
    await tabA.reload();

    expect(await (await agencyBox(tabA)).inputValue()).toBe(
      'Xã Tân Phú – A lần 3',
    );
    expect(await storedAgency()).toBe('Xã Tân Phú – A lần 3');
    const copy = (await storedMetas(tabA)).find((meta) =>
      meta.name.endsWith('(bản chưa lưu từ thẻ khác)'),
    );
    expect(copy).toBeDefined();
    const kept = await storedDraft(tabA, copy!.id);
    expect(kept.answers?.generalInfo?.agencyName).toBe('Xã Tân Phú – B lần 3');
  });
});
