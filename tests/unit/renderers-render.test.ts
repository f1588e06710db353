import { readFileSync } from 'node:fs';
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { JsonForms } from '@jsonforms/react';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../src/core/validation';
import { appCells, appRenderers, createTranslator } from '../../src/renderers';

const folder = new URL(
  '../../forms/bao-cao-ung-dung-cntt/2015/',
  import.meta.url,
);
const read = (file: URL) => JSON.parse(readFileSync(file, 'utf8'));
const schema = read(new URL('schema.json', folder)) as JsonSchema;
const uischema = read(new URL('uischema.json', folder)) as UISchemaElement;
const english = read(new URL('i18n/en.json', folder)) as Record<string, string>;
const answers = read(
  new URL('../../tests/fixtures/report-2015-complete.json', import.meta.url),
);

function render(data: unknown, locale = 'vi') {
  return renderToString(
    createElement(JsonForms, {
      schema,
      uischema,
      data,
      renderers: appRenderers,
      cells: appCells,
      ajv: createAjv(),
      i18n: {
        locale,
        translate: createTranslator(locale, locale === 'en' ? english : {}),
      },
      config: { showAllErrors: true },
    }),
  );
}

describe('the 2015 form drawn with the light renderers', () => {
  const empty = render({});
  const filled = render(answers);

  it('has a renderer and a cell for everything, empty or filled', () => {
    expect(empty.includes('No applicable')).toBe(false);
    expect(filled.includes('No applicable')).toBe(false);
  });

  it('uses no MUI markup', () => {
    expect(/Mui[A-Z]/.test(filled)).toBe(false);
  });

  it('shows the printed section titles and Vietnamese table words', () => {
    for (const text of [
      'MỤC 1. THÔNG TIN CHUNG',
      'Thêm dòng',
      'Chưa có dòng',
    ]) {
      expect(empty.includes(text), text).toBe(true);
    }
  });

  it('shows stored numbers and dates the Vietnamese way', () => {
    const numbers = filled.match(/value="\d{1,3}(\.\d{3})+"/g) ?? [];
    const dates = filled.match(/value="\d{2}\/\d{2}\/\d{4}"/g) ?? [];

    expect(numbers.length + dates.length).toBeGreaterThan(0);
    expect(/value="\d{4}-\d{2}-\d{2}"/.test(filled)).toBe(false);
  });

  it('labels every text box, select and radio', () => {
    const boxes = filled.match(/<(input|select|textarea)\b[^>]*>/g) ?? [];
    const unnamed = boxes.filter((box) => {
      const id = /\bid="([^"]+)"/.exec(box)?.[1];
      const labelled = id && filled.includes(`for="${id}"`);

      return (
        !labelled &&
        !/aria-label(ledby)?=/.test(box) &&
        !/type="(radio|checkbox)"/.test(box)
      );
    });

    expect(boxes.length).toBeGreaterThan(100);
    expect(unnamed).toEqual([]);
  });

  it('shows English labels from the form translation file', () => {
    const inEnglish = render({}, 'en');

    expect(inEnglish.includes('SECTION 1. GENERAL INFORMATION')).toBe(true);
    expect(inEnglish.includes('Add row')).toBe(true);
    expect(inEnglish.includes('Thêm dòng')).toBe(false);
  });
});
