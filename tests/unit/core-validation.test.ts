import { describe, expect, it } from 'vitest';
import type { UISchemaElement } from '@jsonforms/core';
import type { FormDefinition } from '../../src/core/definition/types';
import { compileForm, createAjv, messages } from '../../src/core/validation';
import { usedInForms } from './schema-keywords';

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'urn:bieu-mau:thu-nghiem:2015',
  type: 'object',
  properties: {
    infra: {
      type: 'object',
      title: 'Hạ tầng',
      properties: {
        totalPcs: { type: 'integer', minimum: 0, title: 'Tổng số máy tính' },
        internetPcs: {
          type: 'integer',
          minimum: 0,
          title: 'Số máy tính kết nối Internet',
          maximum: { $data: '1/totalPcs' },
        },
      },
    },
    staff: {
      type: 'object',
      title: 'Nhân lực',
      sumEquals: { total: 'itStaff', parts: ['master', 'bachelor'] },
      properties: {
        itStaff: { type: 'integer', title: 'Tổng số cán bộ chuyên trách' },
        master: { type: 'integer', title: 'Thạc sĩ' },
        bachelor: { type: 'integer', title: 'Đại học' },
      },
    },
    phone: {
      type: 'string',
      title: 'Điện thoại',
      description: '0243 8253 697',
      pattern: '^[0-9 .]+$',
    },
    agency: { type: 'string', title: 'Tên Đơn vị' },
    sentAt: { type: 'string', format: 'date-time', title: 'Thời điểm gửi' },
  },
  required: ['agency'],
};

const uischema = {
  type: 'Categorization',
  elements: [
    {
      type: 'Category',
      label: 'MỤC 1',
      elements: [
        { type: 'Control', scope: '#/properties/agency' },
        { type: 'Control', scope: '#/properties/infra' },
      ],
    },
  ],
} as unknown as UISchemaElement;

function definition(s: object = schema): FormDefinition {
  return {
    formId: 'thu-nghiem',
    version: '2015',
    meta: { formId: 'thu-nghiem', title: 'Thử', currentVersion: '2015' },
    schema: structuredClone(s) as FormDefinition['schema'],
    uischema,
    versionMeta: {},
    translations: {},
  };
}

const valid = { agency: 'UBND xã' };

describe('createAjv', () => {
  const validate = createAjv().compile(schema);

  it('rejects a date-time without an offset and accepts one with it', () => {
    expect(validate({ ...valid, sentAt: '2026-12-04T14:32:00' })).toBe(false);
    expect(validate({ ...valid, sentAt: '2026-12-04T14:32:00+07:00' })).toBe(
      true,
    );
  });

  it('compares a field with its sibling through $data', () => {
    expect(validate({ ...valid, infra: { totalPcs: 5, internetPcs: 5 } })).toBe(
      true,
    );
    expect(validate({ ...valid, infra: { totalPcs: 5, internetPcs: 6 } })).toBe(
      false,
    );
  });

  it('checks sumEquals only once the total and a part are typed', () => {
    const staff = (s: object) => validate({ ...valid, staff: s });
    expect(staff({ itStaff: 5, master: 2, bachelor: 3 })).toBe(true);
    expect(staff({ itStaff: 5, master: 2 })).toBe(false);
    expect(staff({ itStaff: 5 })).toBe(true);
    expect(staff({ master: 2, bachelor: 3 })).toBe(true);
  });

  it('rejects unknown keywords because it is strict', () => {
    expect(() => createAjv().compile({ type: 'object', titel: 'x' })).toThrow(
      /unknown keyword/,
    );
  });
});

describe('compileForm messages', () => {
  const form = compileForm(definition());

  it('names both fields and the limit with Vietnamese grouping', () => {
    const errors = form.validate({
      ...valid,
      infra: { totalPcs: 1045, internetPcs: 2000 },
    });
    expect(errors).toEqual([
      expect.objectContaining({
        pointer: '/infra/internetPcs',
        keyword: 'maximum',
        section: 'MỤC 1',
        message:
          'Số máy tính kết nối Internet không được lớn hơn Tổng số máy tính (1.045).',
      }),
    ]);
  });

  it('says the same in English with English grouping', () => {
    const [error] = form.validate(
      { ...valid, infra: { totalPcs: 1045, internetPcs: 2000 } },
      'en',
    );
    expect(error.message).toBe(
      'Số máy tính kết nối Internet must not be greater than Tổng số máy tính (1,045).',
    );
  });

  it('asks for a missing answer by its title, at its own pointer', () => {
    const [error] = form.validate({});
    expect(error).toMatchObject({
      pointer: '/agency',
      message: 'Vui lòng trả lời: Tên Đơn vị.',
    });
  });

  it('tells a decimal count is not a whole number', () => {
    const [error] = form.validate({ ...valid, infra: { totalPcs: 2.5 } });
    expect(error.message).toBe(
      'Tổng số máy tính phải là số nguyên, không có phần thập phân.',
    );
  });

  it('shows the description as the example for a pattern', () => {
    const [error] = form.validate({ ...valid, phone: 'không có' });
    expect(error.message).toContain('0243 8253 697');
  });

  it('reports a wrong sum at the total, naming the parts', () => {
    const [error] = form.validate({
      ...valid,
      staff: { itStaff: 10, master: 2, bachelor: 3 },
    });
    expect(error.pointer).toBe('/staff/itStaff');
    expect(error.message).toBe(
      'Tổng số cán bộ chuyên trách (10) phải bằng tổng của Thạc sĩ, Đại học (5); hãy kiểm tra lại các số.',
    );
  });

  it('recompiles a definition whose schema was edited', () => {
    const edited = structuredClone(schema);
    edited.properties.infra.properties.totalPcs.minimum = 10;
    const report = { ...valid, infra: { totalPcs: 5 } };
    expect(compileForm(definition()).validate(report)).toEqual([]);
    expect(compileForm(definition(edited)).validate(report)).toHaveLength(1);
  });

  it('returns the same compiled form for the same definition', () => {
    const def = definition();
    expect(compileForm(def)).toBe(compileForm(def));
  });
});

it('has a message in both locales for every keyword the forms use', () => {
  const used = usedInForms().keywords;
  expect(used.size).toBeGreaterThan(5);
  for (const keyword of used) {
    expect(messages.vi, keyword).toHaveProperty([keyword]);
    expect(messages.en, keyword).toHaveProperty([keyword]);
  }
});
