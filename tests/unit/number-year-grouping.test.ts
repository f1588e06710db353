import { readFileSync } from 'node:fs';
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { JsonForms } from '@jsonforms/react';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../src/core/definition/types';
import { formatNumber } from '../../src/core/locale';
import {
  compileForm,
  createAjv,
  translateAjvError,
} from '../../src/core/validation';
import { appCells, appRenderers, createTranslator } from '../../src/renderers';
import { numberCodec } from '../../src/renderers/common/codecs';

const folder = new URL(
  '../../forms/bao-cao-ung-dung-cntt/2015/',
  import.meta.url,
);
const read = (name: string) =>
  JSON.parse(readFileSync(new URL(name, folder), 'utf8'));
const schema = read('schema.json') as JsonSchema;
const uischema = read('uischema.json') as UISchemaElement;

function definition(): FormDefinition {
  return {
    formId: 'bao-cao-ung-dung-cntt',
    version: '2015',
    meta: {
      formId: 'bao-cao-ung-dung-cntt',
      title: 'Báo cáo',
      currentVersion: '2015',
    },
    schema: structuredClone(schema) as FormDefinition['schema'],
    uischema,
    versionMeta: {},
    translations: {},
  };
}

function yearMessages(year: number, locale: 'vi' | 'en') {
  return compileForm(definition())
    .validate({ generalInfo: { reportYear: year } }, locale)
    .filter((e) => e.pointer === '/generalInfo/reportYear')
    .map((e) => e.message);
}

describe('a year is written without a thousands dot', () => {
  it('formatNumber leaves the dots out only when asked', () => {
    expect(formatNumber(2015, { grouping: false })).toBe('2015');
    expect(formatNumber(1234567.5, { grouping: false })).toBe('1234567,5');
    expect(formatNumber(2015)).toBe('2.015');
  });

  it('the number codec follows the UI-schema grouping option', () => {
    expect(numberCodec(true, false).format(2015)).toBe('2015');
    expect(numberCodec(false, false).format(1234.5)).toBe('1234,5');
    expect(numberCodec(true, undefined).format(1234567)).toBe('1.234.567');
    expect(numberCodec(true, false)).toBe(numberCodec(true, false));
  });

  it('the 2015 form shows its report year as 2015, not 2.015', () => {
    const html = renderToString(
      createElement(JsonForms, {
        schema,
        uischema,
        data: {
          generalInfo: { reportYear: 2015 },
        },
        renderers: appRenderers,
        cells: appCells,
        ajv: createAjv(),
        i18n: { locale: 'vi', translate: createTranslator('vi', {}) },
      }),
    );

    expect(html).toContain('value="2015"');
    expect(html).not.toContain('value="2.015"');
  });

  it('says the year limits as 2000 and 2100 in both languages', () => {
    expect(yearMessages(1999, 'vi')).toEqual([
      'Năm báo cáo không được nhỏ hơn 2000.',
    ]);
    expect(yearMessages(2101, 'vi')).toEqual([
      'Năm báo cáo không được lớn hơn 2100.',
    ]);
    expect(yearMessages(1999, 'en')[0]).toContain('less than 2000.');
  });

  it('still groups the limit of a count and of a 5-digit range', () => {
    const ajv = createAjv();
    const check = ajv.compile({
      type: 'object',
      properties: {
        staff: { type: 'integer', title: 'Số cán bộ', maximum: 1500 },
        code: {
          type: 'integer',
          title: 'Mã bưu chính',
          minimum: 10000,
          maximum: 99999,
        },
      },
    });
    check({ staff: 2000, code: 9999 });
    const said = (check.errors ?? []).map((e) => translateAjvError(e, 'vi'));

    expect(said).toEqual([
      'Số cán bộ không được lớn hơn 1.500.',
      'Mã bưu chính không được nhỏ hơn 10.000.',
    ]);
  });
});
