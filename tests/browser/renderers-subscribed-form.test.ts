import { describe, expect, it } from 'vitest';
import { answersOf, typeAtEnd, useRendererPage } from './renderer-page';

// The light renderers in SubscribedForm, plus a watching question renderer
// that, like our box renderers, reads the JSON Forms context: each time its
// function runs it counts one for its label. A table and a list of cards
// sit between two watched questions.
const pageSource = `
import { rankWith, scopeEndsWith, UPDATE_CORE } from '@jsonforms/core';
import { useJsonForms } from '@jsonforms/react';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createAjv } from './src/core/validation';
import {
  appCells,
  appRenderers,
  createTranslator,
  SubscribedForm,
} from './src/renderers';
import { connectControl } from './src/renderers/common/connections';
import { TextControl } from './src/renderers/controls/text-control';

window.runs = {};
function Watched(props) {
  useJsonForms();
  window.runs[props.label] = (window.runs[props.label] ?? 0) + 1;
  return <TextControl {...props} />;
}
const watched = {
  tester: rankWith(50, scopeEndsWith('Name')),
  renderer: connectControl(Watched),
};

const row = {
  type: 'object',
  properties: {
    title: { type: 'string', title: 'Tên' },
    count: { type: 'integer', minimum: 0, title: 'Số' },
  },
};
const schema = {
  type: 'object',
  properties: {
    agencyName: { type: 'string', title: 'Tên đơn vị' },
    hasSite: { type: 'boolean', title: 'Có trang tin' },
    siteName: { type: 'string', title: 'Tên trang tin' },
    incidents: { type: 'array', title: 'Sự cố', items: row },
    apps: { type: 'array', title: 'Ứng dụng', items: row },
    contactName: { type: 'string', title: 'Người liên hệ' },
  },
};
const uischema = {
  type: 'VerticalLayout',
  elements: [
    { type: 'Control', scope: '#/properties/agencyName' },
    { type: 'Control', scope: '#/properties/hasSite' },
    {
      type: 'Control',
      scope: '#/properties/siteName',
      rule: {
        effect: 'SHOW',
        condition: { scope: '#/properties/hasSite', schema: { const: true } },
      },
    },
    {
      type: 'Control',
      scope: '#/properties/incidents',
      options: { detail: 'table' },
    },
    {
      type: 'Control',
      scope: '#/properties/apps',
      options: { detail: 'cards' },
    },
    { type: 'Control', scope: '#/properties/contactName' },
  ],
};
const data = {
  agencyName: 'UBND xã',
  incidents: [{ title: 'Mất điện' }, { title: 'Virus' }],
  apps: [{ title: 'Một cửa' }, { title: 'Văn bản' }],
};
window.answers = data;
const renderers = [...appRenderers, watched];
const ajv = createAjv();
const i18n = { locale: 'vi', translate: createTranslator('vi') };
const config = { showAllErrors: true };
// As on the fill page, new props never put the first answers back.
const keepAnswers = (state, action, reduce) =>
  reduce(state, action.type === UPDATE_CORE ? { ...action, data: state.data } : action);
// A check coming back: window.showErrors(list) hands the form new errors.
function Page() {
  const [errors, setErrors] = useState([]);
  window.showErrors = setErrors;
  return (
    <SubscribedForm
      schema={schema}
      uischema={uischema}
      data={data}
      renderers={renderers}
      cells={appCells}
      ajv={ajv}
      i18n={i18n}
      config={config}
      additionalErrors={errors}
      middleware={keepAnswers}
      onChange={({ data }) => { window.answers = data; }}
    />
  );
}
createRoot(document.getElementById('root')).render(<Page />);
`;

type Answers = Record<string, unknown>;
type Window = {
  runs: Record<string, number>;
  answers: Answers;
  showErrors: (errors: object[]) => void;
};

const page = useRendererPage(pageSource, 'Tên đơn vị');
const answers = () => answersOf<Answers>(page());
const runs = () =>
  page().evaluate(() => ({ ...(window as never as Window).runs }));
const forgetRuns = () =>
  page().evaluate(() => ((window as never as Window).runs = {}));

const typeInto = (label: string, text: string) =>
  typeAtEnd(page().getByLabel(label), text, forgetRuns);

describe('SubscribedForm in Chromium', () => {
  it('runs no other question while typing into one, and stores the text', async () => {
    await typeInto('Tên đơn vị', ' Tân Lập');

    await expect.poll(answers).toMatchObject({ agencyName: 'UBND xã Tân Lập' });
    const ran = await runs();
    expect(ran['Tên đơn vị']).toBeGreaterThan(0);
    expect(ran['Người liên hệ']).toBeUndefined();
  });

  it('runs no question outside the table while typing into a cell', async () => {
    await typeInto('Tên, dòng 2', ' lạ');

    await expect.poll(answers).toMatchObject({
      incidents: [{ title: 'Mất điện' }, { title: 'Virus lạ' }],
    });
    expect(await runs()).toEqual({});
  });

  it('runs no other question while typing into a card', async () => {
    const card = page().locator('.bm-card').nth(1);
    await typeAtEnd(card.getByLabel('Tên'), ' điện tử', forgetRuns);

    await expect.poll(answers).toMatchObject({
      apps: [{ title: 'Một cửa' }, { title: 'Văn bản điện tử' }],
    });
    expect(await runs()).toEqual({});
  });

  it('shows a question when the answer its rule reads changes', async () => {
    await expect(page().getByLabel('Tên trang tin').count()).resolves.toBe(0);
    await page().getByLabel('Có trang tin').check();

    await page().getByLabel('Tên trang tin').waitFor();
    await typeInto('Tên trang tin', 'Cổng xã');
    await expect.poll(answers).toMatchObject({
      hasSite: true,
      siteName: 'Cổng xã',
    });
    expect((await runs())['Người liên hệ']).toBeUndefined();
  });

  it('runs only the question a new error is about, and shows it there', async () => {
    await forgetRuns();
    await page().evaluate(() =>
      (window as never as Window).showErrors([
        {
          instancePath: '/contactName',
          keyword: 'maxLength',
          message: 'Tên quá dài',
          params: { limit: 3 },
          schemaPath: '#/properties/contactName/maxLength',
        },
      ]),
    );

    const contact = page().getByLabel('Người liên hệ');
    await expect.poll(() => contact.getAttribute('aria-invalid')).toBe('true');
    const ran = await runs();
    expect(ran['Người liên hệ']).toBeGreaterThan(0);
    expect(ran['Tên đơn vị']).toBeUndefined();
  });
});
