import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import path from 'node:path';
import { screenshotDir, startApp, type RunningApp } from './harness';
import { storedAnswers } from './draft-reader';
import { answersMissingAgency } from './drafts-fixtures';
import { completeAnswers, importDraft } from './vietnamese-steps';

let app: RunningApp;
let page: Page;
let draftId: string;

const answersOf = () => storedAnswers(page, draftId);

async function typeAndLeave(label: string, text: string) {
  const box = page.getByLabel(label).first();
  await box.fill(text);
  await box.blur();
}

/** Each invalid field's label (numbering and `*` dropped) and its errors. */
async function shownErrors(): Promise<{ label: string; lines: string[] }[]> {
  return page.locator('.bm-field.bm-invalid').evaluateAll((fields) =>
    fields.map((field) => ({
      label: (field.querySelector('.bm-label')?.textContent ?? '')
        .replace(/\s*\*\s*$/, '')
        .replace(/^(\d+(\.\d+)*\.|[a-zđ]\))\s*/, '')
        .trim(),
      lines: [...field.querySelectorAll('.bm-error p')].map(
        (p) => p.textContent ?? '',
      ),
    })),
  );
}

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  draftId = await importDraft(app, answersMissingAgency());
});

afterAll(async () => {
  await app?.close();
});

describe('numbers typed the Vietnamese way on the 2015 form', () => {
  it('shows the report year as 2015, never 2.015', async () => {
    await app.openApp(`#/dien/${draftId}/muc/1`);

    expect(await page.getByLabel('Năm báo cáo').inputValue()).toBe('2015');
  });

  it('stores 1.234.567 in a count as 1234567 and shows it grouped', async () => {
    await typeAndLeave('Tổng số cán bộ, công chức', '1.234.567');

    await expect
      .poll(async () => (await answersOf()).generalInfo.staffTotal)
      .toBe(1234567);
    expect(
      await page.getByLabel('Tổng số cán bộ, công chức').inputValue(),
    ).toBe('1.234.567');
  });

  it('keeps "12 cái" visible with an error instead of dropping it', async () => {
    const box = page.getByLabel('Tổng số cán bộ, công chức');
    await typeAndLeave('Tổng số cán bộ, công chức', '12 cái');

    expect(await box.inputValue()).toBe('12 cái');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(async () => (await answersOf()).generalInfo.staffTotal)
      .toBeUndefined();
    await page
      .locator('.bm-error')
      .getByText('Không phải là số: "12 cái".')
      .waitFor();
  });

  it('says a count cannot have a decimal part', async () => {
    await typeAndLeave('Tổng số cán bộ, công chức', '12,5');

    await page
      .locator('.bm-error')
      .getByText(/Chỉ nhập số nguyên/)
      .waitFor();
    await app.screenshot('vietnamese-so-loi-vi');
    await typeAndLeave('Tổng số cán bộ, công chức', '48');
    await expect
      .poll(async () => (await answersOf()).generalInfo.staffTotal)
      .toBe(48);
  });

  it('stores 1.234,5 in a budget as 1234.5', async () => {
    await app.openApp(`#/dien/${draftId}/muc/8`);
    const label = 'Tổng chi ngân sách cho ứng dụng CNTT trong năm (triệu đồng)';
    await typeAndLeave(label, '1.234,5');

    await expect
      .poll(async () => (await answersOf()).resources.spendingTotal)
      .toBe(1234.5);
    expect(await page.getByLabel(label).inputValue()).toBe('1.234,5');
    await app.screenshot('vietnamese-so-ngan-sach-vi');
  });
});

describe('messages name the field, in Vietnamese and in English', () => {
  it('names every field with an error by its label, without paths or English', async () => {
    await app.openApp(`#/dien/${draftId}/muc/1`);
    await typeAndLeave('Năm báo cáo', '1999');
    await page.getByRole('button', { name: 'Kiểm tra toàn bộ' }).click();
    await page.getByText('Vui lòng trả lời: Tên Đơn vị.').first().waitFor();

    const fields = await shownErrors();
    expect(fields.map((f) => f.label)).toEqual(['Năm báo cáo', 'Tên Đơn vị']);
    for (const { label, lines } of fields) {
      for (const line of lines) {
        expect(line).toContain(label);
        expect(line).not.toMatch(/must|#\/|\/properties|[a-z][A-Z]/);
      }
    }
    expect(fields[0].lines).toEqual(['Năm báo cáo không được nhỏ hơn 2000.']);
    await app.screenshot('vietnamese-loi-vi');
  });

  it('switches labels, section titles and messages to English', async () => {
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page
      .getByRole('heading', { name: 'SECTION 1. GENERAL INFORMATION' })
      .waitFor();

    expect(await page.getByLabel('Report year').inputValue()).toBe('1999');
    const lines = (await shownErrors()).flatMap((f) => f.lines);
    expect(lines).toContain('Report year must not be less than 2000.');
    expect(lines.some((l) => /^Please answer: /.test(l))).toBe(true);
    expect(lines.some((l) => /Vui lòng|không được/.test(l))).toBe(false);
    await app.screenshot('vietnamese-loi-en');

    await app.openApp(`#/dien/${draftId}/muc/8`);
    await page.getByLabel(/Total budget spent on IT/).waitFor();
    await app.screenshot('vietnamese-so-ngan-sach-en');
    await page.getByLabel('Ngôn ngữ').selectOption('vi');
  });
});

for (const timezoneId of ['Asia/Ho_Chi_Minh', 'America/Bogota']) {
  describe(`dates typed as dd/mm/yyyy with the clock in ${timezoneId}`, () => {
    let zoned: Page;
    let zonedDraft: string;

    beforeAll(async () => {
      const context = await app.browser.newContext({
        viewport: { width: 360, height: 740 },
        locale: 'vi-VN',
        timezoneId,
      });
      zoned = await context.newPage();
      zonedDraft = await importDraft(app, completeAnswers(), zoned);
      await zoned.goto(`${app.baseUrl}/#/dien/${zonedDraft}/muc/9`);
    });

    afterAll(async () => {
      await zoned?.context().close();
    });

    const signedOn = async () =>
      (await storedAnswers(zoned, zonedDraft)).signatures.declarant.date;

    it('refuses 31/02/2015 and says why', async () => {
      // Minutes behind UTC in December: -420 in Hà Nội, 300 in Bogotá.
      expect(
        await zoned.evaluate(() => new Date(2015, 11, 4).getTimezoneOffset()),
      ).toBe(timezoneId === 'America/Bogota' ? 300 : -420);
      const box = zoned.getByLabel('Ngày ký').first();
      await box.fill('31/02/2015');
      await box.blur();

      await zoned
        .locator('.bm-error')
        .getByText(/Ngày 31 không có trong tháng 2\/2015/)
        .waitFor();
      expect(await box.inputValue()).toBe('31/02/2015');
      await expect.poll(signedOn).toBeUndefined();
      await zoned.screenshot({
        path: path.join(
          screenshotDir,
          `vietnamese-ngay-loi-${timezoneId.replace('/', '-')}.png`,
        ),
        fullPage: true,
      });
    });

    it('stores 04/12/2015 as 2015-12-04 and shows it back unchanged after reopening', async () => {
      const box = zoned.getByLabel('Ngày ký').first();
      await box.fill('04/12/2015');
      await box.blur();

      await expect.poll(signedOn).toBe('2015-12-04');
      expect(await box.inputValue()).toBe('04/12/2015');
      // Leave the section and come back: the box is rebuilt from the draft.
      await zoned.goto(`${app.baseUrl}/#/dien/${zonedDraft}/muc/8`);
      await zoned.getByRole('heading', { level: 2, name: /MỤC 8/ }).waitFor();
      await zoned.goto(`${app.baseUrl}/#/dien/${zonedDraft}/muc/9`);
      expect(await zoned.getByLabel('Ngày ký').first().inputValue()).toBe(
        '04/12/2015',
      );
    });

    it('leaves no stale error once the date is cleared', async () => {
      const box = zoned.getByLabel('Ngày ký').first();
      await box.fill('31/02/2015');
      await box.blur();
      await zoned
        .locator('.bm-error')
        .getByText(/Ngày 31 không có/)
        .waitFor();
      await box.fill('');
      await box.blur();

      await expect.poll(signedOn).toBeUndefined();
      // The signing date is required: that is the one message left, once
      // the check has run after the pause in typing.
      const messages = async () => {
        const errorId = (await box.getAttribute('aria-describedby')) ?? '';
        return zoned.locator(`[id="${errorId}"] p`).allTextContents();
      };
      await expect.poll(messages).toEqual(['Vui lòng trả lời: Ngày ký.']);
      expect(await zoned.getByText(/Ngày 31 không có/).count()).toBe(0);
    });
  });
}
