import { describe, expect, it } from 'vitest';
import { answersOf, useRendererPage } from './renderer-page';

// A page with only the light renderers and a small schema, so typing can be
// checked without the rest of the app.
const pageSource = `
import { showLightForm } from './tests/browser/light-form';

const schema = {
  type: 'object',
  required: ['name', 'count'],
  properties: {
    name: { type: 'string', title: 'Tên đơn vị' },
    count: { type: 'integer', minimum: 0, title: 'Tổng số máy tính' },
    budget: { type: 'number', minimum: 0, title: 'Tổng chi (triệu đồng)' },
    signedOn: { type: 'string', format: 'date', title: 'Ngày ký' },
  },
};
const uischema = {
  type: 'VerticalLayout',
  elements: ['name', 'count', 'budget', 'signedOn'].map((key) => ({
    type: 'Control',
    scope: '#/properties/' + key,
  })),
};
showLightForm(schema, uischema, {});
`;

const page = useRendererPage(pageSource, 'Tên đơn vị');
const answers = () => answersOf(page());

describe('typing into the light renderers in Chromium', () => {
  it('stores nothing during an IME composition and NFC text when it ends', async () => {
    const box = page().getByLabel('Tên đơn vị');
    await box.focus();
    const cdp = await page().context().newCDPSession(page());
    await cdp.send('Input.imeSetComposition', {
      text: 'Vie',
      selectionStart: 3,
      selectionEnd: 3,
    });
    // Give a wrongly pushed value time to arrive before saying none came.
    await page().waitForTimeout(300);
    expect(await answers()).toEqual({});
    await cdp.send('Input.insertText', { text: 'Vie\u0323\u0302t' });

    await expect.poll(answers).toEqual({ name: 'Việt' });
    await cdp.detach();
  });

  it('keeps the caret where the person edits in the middle of the text', async () => {
    const box = page().getByLabel('Tên đơn vị');
    await box.fill('UBND huyện');
    await box.evaluate((input: HTMLInputElement) =>
      input.setSelectionRange(4, 4),
    );
    await page().keyboard.type(' xã');
    const caret = await box.evaluate(
      (input: HTMLInputElement) => input.selectionStart,
    );

    expect(await box.inputValue()).toBe('UBND xã huyện');
    expect(caret).toBe(7);
    await expect.poll(answers).toMatchObject({ name: 'UBND xã huyện' });
  });

  it('follows backspace-and-replace typing without composition events', async () => {
    const box = page().getByLabel('Tên đơn vị');
    await box.fill('');
    await page().keyboard.type('Viee');
    await page().keyboard.press('Backspace');
    await page().keyboard.press('Backspace');
    await page().keyboard.insertText('ê');
    await page().keyboard.type('t');

    await expect.poll(answers).toMatchObject({ name: 'Viêt' });
  });

  it('reads 1.234,5 as a number and shows it grouped after leaving', async () => {
    const box = page().getByLabel('Tổng chi (triệu đồng)');
    await box.fill('1234,5');
    await expect.poll(answers).toMatchObject({ budget: 1234.5 });
    await box.blur();

    expect(await box.inputValue()).toBe('1.234,5');
  });

  it('keeps text that is not a number visible, stores nothing and says why', async () => {
    const box = page().getByLabel(/Tổng số máy tính/);
    await box.fill('12 cái');
    await box.blur();

    expect(await box.inputValue()).toBe('12 cái');
    await expect.poll(answers).not.toHaveProperty('count');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => page().getByText('Không phải là số: "12 cái".').count())
      .toBe(1);
  });

  it('refuses decimals where a whole number is asked for', async () => {
    const box = page().getByLabel(/Tổng số máy tính/);
    await box.fill('12,5');
    await box.blur();

    await expect.poll(answers).not.toHaveProperty('count');
    expect(
      await page()
        .getByText(/Chỉ nhập số nguyên/)
        .count(),
    ).toBe(1);
  });

  it('refuses 31/02, and clearing the date leaves no stale error', async () => {
    const box = page().getByLabel('Ngày ký');
    await box.fill('31/02/2015');
    await box.blur();
    await expect.poll(answers).not.toHaveProperty('signedOn');
    expect(
      await page()
        .getByText(/Ngày 31 không có trong tháng 2\/2015/)
        .count(),
    ).toBe(1);

    await box.fill('1/2/2015');
    await box.blur();
    await expect.poll(answers).toMatchObject({ signedOn: '2015-02-01' });
    expect(await box.inputValue()).toBe('01/02/2015');

    await box.fill('');
    await box.blur();
    await expect.poll(answers).not.toHaveProperty('signedOn');
    expect(await box.getAttribute('aria-invalid')).toBe('false');
  });
});
