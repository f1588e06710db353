import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../src/core/definition/check-schema';
import { createAjv, translateAjvError } from '../../src/core/validation';

const schema = {
  type: 'object',
  title: 'Đầu tư',
  sumAtMost: { total: 'total', parts: ['hardware', 'software'] },
  properties: {
    total: { type: 'number', title: 'Tổng chi' },
    hardware: { type: 'number', title: 'Chi phần cứng' },
    software: { type: 'number', title: 'Chi phần mềm' },
  },
};

const validate = createAjv().compile(schema);

describe('sumAtMost', () => {
  it('accepts parts that add up to the total or less, decimals included', () => {
    expect(validate({ total: 0.3, hardware: 0.1, software: 0.2 })).toBe(true);
    expect(validate({ total: 1500, hardware: 1000 })).toBe(true);
  });

  it('waits until the total and a part are typed', () => {
    expect(validate({ hardware: 1000, software: 1000 })).toBe(true);
    expect(validate({ total: 1500 })).toBe(true);
  });

  it('refuses parts adding up to more than the total, at the total', () => {
    expect(validate({ total: 1500, hardware: 1000, software: 1000 })).toBe(
      false,
    );
    expect(validate.errors).toEqual([
      expect.objectContaining({ keyword: 'sumAtMost', instancePath: '/total' }),
    ]);
  });

  it('names the parts, their sum and the total in both languages', () => {
    validate({ total: 1500, hardware: 1000, software: 1000 });
    const [error] = validate.errors!;

    expect(translateAjvError(error, 'vi', schema)).toBe(
      'Tổng của Chi phần cứng, Chi phần mềm (2.000) không được lớn hơn Tổng chi (1.500); hãy kiểm tra lại các số.',
    );
    expect(translateAjvError(error, 'en', schema)).toBe(
      'The sum of Chi phần cứng, Chi phần mềm (2,000) must not be greater than Tổng chi (1,500); please check the numbers.',
    );
  });

  it('is reported by the definition check when it names a missing field', () => {
    const broken = {
      ...schema,
      sumAtMost: { total: 'total', parts: ['hardwre'] },
    };
    const problems = checkSchema('schema.json', broken, 'thu', '2015');

    expect(problems).toContainEqual(
      expect.objectContaining({
        pointer: '/sumAtMost',
        message: expect.stringContaining('"hardwre"'),
      }),
    );
  });

  it('is checked the same by an Ajv that skips schema checks', () => {
    const unchecked = createAjv({ checkSchemas: false }).compile(schema);

    expect(unchecked({ total: 1500, hardware: 1000 })).toBe(true);
    expect(unchecked({ total: 1500, hardware: 1000, software: 1000 })).toBe(
      false,
    );
    expect(unchecked.errors).toEqual([
      expect.objectContaining({ keyword: 'sumAtMost', instancePath: '/total' }),
    ]);
  });

  it('has its own shape checked when schemas are checked', () => {
    const misshapen = { ...schema, sumAtMost: { total: 'total' } };

    expect(() => createAjv().compile(misshapen)).toThrow(/sumAtMost/);
  });
});
