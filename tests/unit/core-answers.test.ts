import { describe, expect, it } from 'vitest';
import type { UISchemaElement } from '@jsonforms/core';
import {
  normalizeAnswers,
  pruneHidden,
  sectionProgress,
} from '../../src/core/answers';
import type { FormDefinition } from '../../src/core/definition/types';

const yesNo = {
  type: 'string',
  oneOf: [
    { const: 'co', title: 'Có' },
    { const: 'khong', title: 'Không' },
  ],
};

const showWhenYes = (scope: string) => ({
  effect: 'SHOW',
  condition: { scope, schema: { const: 'co' }, failWhenUndefined: true },
});

const def: FormDefinition = {
  formId: 'thu-nghiem',
  version: '2015',
  meta: { formId: 'thu-nghiem', title: 'Thử', currentVersion: '2015' },
  schema: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'urn:bieu-mau:thu-nghiem:2015',
    type: 'object',
    properties: {
      hasLan: { ...yesNo, title: 'Có mạng LAN' },
      lanCount: { type: 'integer', title: 'Số mạng LAN' },
      note: { type: 'string', title: 'Ghi chú' },
      locked: { type: 'string', title: 'Khoá' },
      grid: {
        type: 'object',
        title: 'Mức độ',
        properties: {
          a: { ...yesNo, title: 'a' },
          b: { ...yesNo, title: 'b' },
        },
      },
      apps: {
        type: 'array',
        title: 'Ứng dụng',
        items: {
          type: 'object',
          properties: {
            used: { ...yesNo, title: 'Có dùng' },
            vendor: { type: 'string', title: 'Nhà cung cấp' },
          },
        },
      },
    },
  } as FormDefinition['schema'],
  uischema: {
    type: 'Categorization',
    elements: [
      {
        type: 'Category',
        label: 'MỤC 1',
        elements: [
          { type: 'Control', scope: '#/properties/hasLan' },
          {
            type: 'Control',
            scope: '#/properties/lanCount',
            rule: showWhenYes('#/properties/hasLan'),
          },
          {
            type: 'Control',
            scope: '#/properties/locked',
            rule: {
              effect: 'DISABLE',
              condition: {
                scope: '#/properties/note',
                expectedValue: 'khoá',
                type: 'LEAF',
              },
            },
          },
        ],
      },
      {
        type: 'Category',
        label: 'MỤC 2',
        elements: [
          { type: 'Control', scope: '#/properties/note' },
          {
            type: 'Control',
            scope: '#/properties/grid',
            options: { format: 'grid' },
          },
          {
            type: 'Control',
            scope: '#/properties/apps',
            options: {
              detail: {
                type: 'VerticalLayout',
                elements: [
                  { type: 'Control', scope: '#/properties/used' },
                  {
                    type: 'Control',
                    scope: '#/properties/vendor',
                    rule: showWhenYes('#/properties/used'),
                  },
                ],
              },
            },
          },
        ],
      },
    ],
  } as unknown as UISchemaElement,
  versionMeta: {},
  translations: {},
};

describe('normalizeAnswers', () => {
  it('turns a decomposed "Việt" into its composed form', () => {
    const decomposed = 'Vie\u0323\u0302t';
    const result = normalizeAnswers({
      name: decomposed,
      rows: [{ n: decomposed }],
    });
    expect(result).toEqual({ name: 'Việt', rows: [{ n: 'Việt' }] });
    expect((result.name as string).length).toBe(4);
  });

  it('drops empty strings, undefined, empty objects and empty arrays', () => {
    const answers = {
      a: '',
      b: undefined,
      c: {},
      d: [],
      e: { f: '' },
      g: 0,
      h: false,
    };
    expect(normalizeAnswers(answers)).toEqual({ g: 0, h: false });
  });

  it('leaves its input untouched', () => {
    const answers = { a: '', b: { c: 'Vie\u0323\u0302t' } };
    const copy = structuredClone(answers);
    normalizeAnswers(answers);
    expect(answers).toEqual(copy);
  });
});

describe('pruneHidden', () => {
  it('keeps a shown answer and drops it once the watched answer says no', () => {
    expect(pruneHidden(def, { hasLan: 'co', lanCount: 2 })).toEqual({
      hasLan: 'co',
      lanCount: 2,
    });
    expect(pruneHidden(def, { hasLan: 'khong', lanCount: 2 })).toEqual({
      hasLan: 'khong',
    });
  });

  it('drops the dependent answer when the watched field is emptied', () => {
    expect(pruneHidden(def, { hasLan: '', lanCount: 2 })).toEqual({});
  });

  it('drops values of a control a rule disables', () => {
    expect(pruneHidden(def, { note: 'khoá', locked: 'x' })).toEqual({
      note: 'khoá',
    });
    expect(pruneHidden(def, { note: 'mở', locked: 'x' })).toEqual({
      note: 'mở',
      locked: 'x',
    });
  });

  it('evaluates rules inside table rows against their own row', () => {
    const answers = {
      apps: [
        { used: 'co', vendor: 'VNPT' },
        { used: 'khong', vendor: 'Viettel' },
      ],
    };
    expect(pruneHidden(def, answers)).toEqual({
      apps: [{ used: 'co', vendor: 'VNPT' }, { used: 'khong' }],
    });
    expect(answers.apps[1].vendor).toBe('Viettel');
  });
});

describe('sectionProgress', () => {
  it('counts visible questions, each grid row and a table as one', () => {
    const answers = {
      hasLan: 'khong',
      grid: { a: 'co' },
      apps: [{ used: 'co' }],
    };
    const errors = [{ section: 'MỤC 2' }, { section: 'MỤC 2' }];
    expect(sectionProgress(def, answers, errors)).toEqual([
      { label: 'MỤC 1', answered: 1, total: 2, errors: 0 },
      { label: 'MỤC 2', answered: 2, total: 4, errors: 2 },
    ]);
  });

  it('counts the shown dependent question once the answer is yes', () => {
    const [first] = sectionProgress(def, { hasLan: 'co' }, []);
    expect(first).toMatchObject({ answered: 1, total: 3 });
  });
});
