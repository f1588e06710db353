import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type RunningApp } from './harness';
import { draftIdOf, storedAnswers } from './draft-reader';

let app: RunningApp;
let page: Page;
let draftId: string;

beforeAll(async () => {
  app = await startApp();
  page = app.page;
});

afterAll(async () => {
  await app?.close();
});

async function nextSection(expectedTitle: RegExp) {
  await page.getByRole('link', { name: /Mục tiếp theo/ }).click();
  await page.getByRole('heading', { level: 2, name: expectedTitle }).waitFor();
}

async function typeInto(label: string | RegExp, text: string) {
  const box = page.getByLabel(label).first();
  await box.fill(text);
  await box.blur();
}

async function sectionShot(n: number) {
  await app.screenshot(`form-2015-muc-${n}`);
}

describe('the 2015 IT report, filled in Chromium', () => {
  it('starts a new 2015 report from the home page', async () => {
    await app.openApp('#/');
    await page
      .getByRole('heading', { name: /tình hình ứng dụng công nghệ thông tin/ })
      .waitFor();
    expect(await page.getByText('Hiện hành').count()).toBe(1);
    await app.screenshot('home');

    await page.getByRole('button', { name: /Tạo báo cáo mới/ }).click();
    await page.waitForURL(/#\/dien\//);
    draftId = draftIdOf(page);
    await page
      .getByRole('heading', { name: /MỤC 1\. THÔNG TIN CHUNG/ })
      .waitFor();
    expect(await page.getByText('Mẫu năm 2015').count()).toBeGreaterThan(0);
  });

  it('walks all nine sections and stores answers of every kind', async () => {
    await typeInto('Năm báo cáo', '2015');
    await typeInto('Tên Đơn vị', 'Ủy ban nhân dân xã Vĩnh An');
    await sectionShot(1);

    await nextSection(/MỤC 2/);
    await typeInto('Họ và tên người thực hiện báo cáo', 'Trần Văn Đức');
    await sectionShot(2);

    await nextSection(/MỤC 3/);
    await page
      .getByRole('group', { name: /Có mạng cục bộ/ })
      .getByRole('radio', { name: 'Có', exact: true })
      .check();
    await sectionShot(3);

    await nextSection(/MỤC 4/);
    await typeInto(/được cấp hộp thư điện tử chính thức/, '85,5');
    const channels = page.getByRole('group', {
      name: /tra cứu thông tin và trạng thái/,
    });
    expect(await channels.count()).toBe(0);
    await page
      .getByRole('group', { name: /Cơ quan được triển khai, sử dụng/ })
      .getByRole('radio', { name: 'Có', exact: true })
      .check();
    await channels.getByRole('checkbox', { name: 'Qua Internet' }).check();
    await sectionShot(4);

    await nextSection(/MỤC 5/);
    await page
      .getByRole('radio', { name: /Tiếp nhận, phản hồi thông tin.*Hoàn chỉnh/ })
      .check();
    await sectionShot(5);

    await nextSection(/MỤC 6/);
    await sectionShot(6);

    await nextSection(/MỤC 7/);
    await page.getByRole('button', { name: 'Thêm dòng' }).first().click();
    await typeInto(/Số và ký hiệu văn bản/, '15/2015/QĐ-UBND');
    await typeInto(/Ngày ban hành/, '05/03/2015');
    await sectionShot(7);

    await nextSection(/MỤC 8/);
    await typeInto(/Tổng chi ngân sách cho ứng dụng CNTT/, '1.250,5');
    await sectionShot(8);

    await nextSection(/Chữ ký/);
    await typeInto('Ngày ký', '31/12/2015');
    await typeInto('Họ và tên', 'Nguyễn Thị Hương');
    await sectionShot(9);

    await expect
      .poll(() => storedAnswers(page, draftId), { timeout: 10_000 })
      .toMatchObject({
        generalInfo: {
          reportYear: 2015,
          agencyName: 'Ủy ban nhân dân xã Vĩnh An',
        },
        contact: { fullName: 'Trần Văn Đức' },
        infrastructure: { hasLan: 'co' },
        applications: {
          officialEmail: { mailboxRate: 85.5 },
          oneStopShop: { deployed: 'co', lookupChannels: ['internet'] },
        },
        website: {
          functions: { informationAccess: { feedback: 'hoanChinh' } },
        },
        policies: {
          documents: [{ number: '15/2015/QĐ-UBND', issuedOn: '2015-03-05' }],
        },
        resources: { spendingTotal: 1250.5 },
        signatures: {
          declarant: { date: '2015-12-31', fullName: 'Nguyễn Thị Hương' },
        },
      });
  });

  it('shows a Vietnamese error beside a field once the person leaves it', async () => {
    await page.goto(`${app.baseUrl}/#/dien/${draftId}/muc/1`);
    const email = page.getByLabel('Thư điện tử liên hệ');
    await email.fill('vanthu-at-vinhan');
    expect(await email.getAttribute('aria-invalid')).not.toBe('true');
    await email.blur();

    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').pop() ?? '';
    const message = await page.locator(`[id="${errorId}"]`).textContent();
    expect(message).toMatch(/Thư điện tử liên hệ/);
    await app.screenshot('form-2015-loi-email');
  });

  it('keeps every answer across a reload', async () => {
    await page.reload();
    const agency = page.getByLabel('Tên Đơn vị');
    await agency.waitFor();
    expect(await agency.inputValue()).toBe('Ủy ban nhân dân xã Vĩnh An');
    expect(await page.getByLabel('Thư điện tử liên hệ').inputValue()).toBe(
      'vanthu-at-vinhan',
    );
  });

  it('lists what is still wrong when the whole report is checked', async () => {
    await page.getByRole('button', { name: 'Kiểm tra toàn bộ' }).click();
    const summary = page.getByRole('heading', { name: /Báo cáo còn \d+ lỗi/ });
    await summary.waitFor();
    expect(await page.getByText(/Vui lòng trả lời/).count()).toBeGreaterThan(0);
    await app.screenshot('form-2015-kiem-tra');
  });

  it('prints the answers laid out like the paper form', async () => {
    await page.getByRole('link', { name: /bản in/ }).click();
    await page.getByRole('button', { name: 'In', exact: true }).waitFor();
    const sheet = page.locator('.print-document');
    const text = (await sheet.textContent()) ?? '';
    expect(text).toContain('Năm báo cáo: 2015');
    expect(text).toContain('Ủy ban nhân dân xã Vĩnh An');
    expect(text).toMatch(/☑ Qua Internet/);
    expect(text).toContain('MỤC 8. NHÂN LỰC');
    expect(text).toContain('1.250,5');
    expect(text).toContain('31/12/2015');
    expect(text).toMatch(/☑ Có/);
    expect(text).toContain('Thủ trưởng cơ quan');
    await app.screenshot('form-2015-ban-in');
  });
});

describe('the language switch', () => {
  it('shows the form in English and remembers the choice', async () => {
    await page.goto(`${app.baseUrl}/#/dien/${draftId}/muc/1`);
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page
      .getByRole('heading', {
        level: 2,
        name: 'SECTION 1. GENERAL INFORMATION',
      })
      .waitFor();
    expect(await page.getByLabel('Report year').inputValue()).toBe('2015');

    await page.reload();
    await page.getByLabel('Report year').waitFor();
    await page.getByLabel('Ngôn ngữ').selectOption('vi');
    await page.getByLabel('Năm báo cáo').waitFor();
  });
});
