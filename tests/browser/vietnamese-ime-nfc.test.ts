import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { startApp, type RunningApp } from './harness';
import { storedAnswers } from './draft-reader';
import {
  completeAnswers,
  composeWord,
  importDraft,
  storedSubmissionText,
  submitReport,
  telexViet,
} from './vietnamese-steps';

const adminToken = 'kiem-thu-tieng-viet-0123456789';
const COMBINING = /[\u0300-\u036f]/;

let app: RunningApp;
let page: Page;
let cdp: CDPSession;
let draftId: string;

/** The same bytes, not merely the same look: NFC and NFD render alike. */
function utf8(text: string): string {
  return Buffer.from(text, 'utf8').toString('hex');
}

async function caretOf(label: string): Promise<number | null> {
  return page
    .getByLabel(label)
    .evaluate((box: HTMLInputElement) => box.selectionStart);
}

beforeAll(async () => {
  process.env.BIEU_MAU_ADMIN_TOKEN = adminToken;
  app = await startApp({ width: 1000 });
  page = app.page;
  cdp = await page.context().newCDPSession(page);
  draftId = await importDraft(app, completeAnswers());
});

afterAll(async () => {
  delete process.env.BIEU_MAU_ADMIN_TOKEN;
  await cdp?.detach().catch(() => undefined);
  await app?.close();
});

describe('Vietnamese typed through an IME on the full 2015 form', () => {
  it('stores a composed word in a text field only when it is committed', async () => {
    await app.openApp(`#/dien/${draftId}/muc/1`);
    const agency = page.getByLabel('Tên Đơn vị');
    await agency.fill('');
    await agency.pressSequentially('UBND xã ');
    for (const step of ['H', 'Hu', 'Hù', 'Hùn']) {
      await cdp.send('Input.imeSetComposition', {
        text: step,
        selectionStart: step.length,
        selectionEnd: step.length,
      });
    }
    const agencyInDraft = async () =>
      (await storedAnswers(page, draftId)).generalInfo.agencyName;
    await expect.poll(agencyInDraft).toBe('UBND xã ');
    // Long enough for an autosave of a half-built word to have happened.
    await page.waitForTimeout(600);
    expect(await agencyInDraft()).toBe('UBND xã ');
    await cdp.send('Input.insertText', { text: 'Hùng' });

    expect(await agency.inputValue()).toBe('UBND xã Hùng');
    await expect
      .poll(async () => (await storedAnswers(page, draftId)).generalInfo)
      .toMatchObject({ agencyName: 'UBND xã Hùng' });
  });

  it('composes in the middle of a value and leaves the caret after the word', async () => {
    const agency = page.getByLabel('Tên Đơn vị');
    await agency.evaluate((box: HTMLInputElement) =>
      box.setSelectionRange(8, 8),
    );
    for (const step of telexViet) {
      await cdp.send('Input.imeSetComposition', {
        text: step,
        selectionStart: step.length,
        selectionEnd: step.length,
      });
      // While composing, the rest of the value stays where it was.
      expect(await agency.inputValue()).toBe(`UBND xã ${step}Hùng`);
    }
    await cdp.send('Input.insertText', { text: 'Việt' });
    await page.keyboard.type(' ');

    expect(await agency.inputValue()).toBe('UBND xã Việt Hùng');
    expect(await caretOf('Tên Đơn vị')).toBe(13);
    await expect
      .poll(async () => (await storedAnswers(page, draftId)).generalInfo)
      .toMatchObject({ agencyName: 'UBND xã Việt Hùng' });
  });

  it('reads a pasted decomposed (NFD) name as NFC', async () => {
    await app.openApp(`#/dien/${draftId}/muc/2`);
    const name = page.getByLabel('Họ và tên người thực hiện báo cáo');
    await name.fill('');
    await cdp.send('Input.insertText', {
      text: 'Nguyễn Văn Việt'.normalize('NFD'),
    });
    await name.blur();

    await expect
      .poll(async () => (await storedAnswers(page, draftId)).contact?.fullName)
      .toBe('Nguyễn Văn Việt');
    const stored = (await storedAnswers(page, draftId)).contact.fullName;
    expect(utf8(stored)).toBe(utf8('Nguyễn Văn Việt'.normalize('NFC')));
  });

  it('types into a cell of a row just added to the MỤC 7 table', async () => {
    await app.openApp(`#/dien/${draftId}/muc/7`);
    await page.getByRole('button', { name: 'Thêm dòng' }).click();
    await page
      .getByLabel('Nội dung văn bản, dòng 5')
      .selectOption({ index: 10 });
    await page.getByLabel('Ngày ban hành, dòng 5').fill('04/12/2015');
    await page.getByLabel('Số và ký hiệu văn bản, dòng 5').fill('15/QĐ-UBND');
    const summary = page.getByLabel('Trích yếu, dòng 5');
    await summary.focus();
    await composeWord(cdp, ['K', 'Ke', 'Kê'], 'Kế');
    await page.keyboard.type(' hoạch ph');
    // A keyboard that fixes a vowel by deleting it and writing the new one.
    await page.keyboard.insertText('a');
    await page.keyboard.press('Backspace');
    await page.keyboard.insertText('á');
    await page.keyboard.type('t triển xã ');
    await composeWord(cdp, telexViet, 'Việt');
    await page.keyboard.type(' Hùng');
    await summary.blur();

    expect(await summary.inputValue()).toBe('Kế hoạch phát triển xã Việt Hùng');
    await expect
      .poll(
        async () =>
          (await storedAnswers(page, draftId)).policies?.documents?.[4],
      )
      .toMatchObject({
        issuedOn: '2015-12-04',
        number: '15/QĐ-UBND',
        summary: 'Kế hoạch phát triển xã Việt Hùng',
      });
  });

  it('keeps the typed words byte for byte in the draft and the submitted report', async () => {
    const draft = await storedAnswers(page, draftId);
    expect(COMBINING.test(JSON.stringify(draft))).toBe(false);

    const receipt = await submitReport(page);
    const raw = await storedSubmissionText(app, adminToken, receipt);
    const { answers } = JSON.parse(raw).envelope;

    expect(COMBINING.test(raw)).toBe(false);
    expect(utf8(answers.generalInfo.agencyName)).toBe(
      utf8('UBND xã Việt Hùng'),
    );
    expect(utf8(answers.contact.fullName)).toBe(utf8('Nguyễn Văn Việt'));
    expect(utf8(answers.policies.documents[4].summary)).toBe(
      utf8('Kế hoạch phát triển xã Việt Hùng'),
    );
    expect(answers).toEqual(draft);
  });
});

describe('the server and NFD answers sent straight to it', () => {
  const draftOfPosts = randomUUID();

  function envelope(agencyName: string, submissionId: string) {
    const answers = completeAnswers();
    answers.generalInfo.agencyName = agencyName;

    return {
      envelopeVersion: 1,
      submissionId,
      formId: 'bao-cao-ung-dung-cntt',
      formVersion: '2015',
      schemaId: 'urn:bieu-mau:bao-cao-ung-dung-cntt:2015',
      answers,
      submittedAt: '2015-12-04T14:30:00+07:00',
      draftId: draftOfPosts,
      appVersion: '0.1.0',
    };
  }

  async function post(body: object) {
    return fetch(`${app.baseUrl}/api/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  it('stores NFD answers as NFC, like the browser, and takes the NFC resend as the same report', async () => {
    const id = randomUUID();
    const name = 'Ủy ban nhân dân xã Việt Hùng';
    const first = await post(envelope(name.normalize('NFD'), id));
    expect(first.status).toBeLessThan(300);

    const raw = await storedSubmissionText(app, adminToken, id);
    expect(COMBINING.test(raw)).toBe(false);
    const stored = JSON.parse(raw).envelope.answers.generalInfo.agencyName;
    expect(utf8(stored)).toBe(utf8(name.normalize('NFC')));

    const again = await post(envelope(name, id));
    expect(again.status).toBeLessThan(300);
    expect(
      ((await again.json()) as { submissionId: string }).submissionId,
    ).toBe(id);
  });
});
