import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isNormalized, normalizeAnswers } from '../../src/core/answers';

const complete = () =>
  JSON.parse(
    readFileSync('tests/fixtures/report-2015-complete.json', 'utf8'),
  ) as Record<string, unknown>;

describe('isNormalized', () => {
  it('holds for the complete sample report, which normalising leaves equal', () => {
    const answers = complete();

    expect(isNormalized(answers)).toBe(true);
    expect(normalizeAnswers(answers)).toEqual(answers);
  });

  it('is false wherever normalising would change something', () => {
    const changing: unknown[] = [
      { a: '' },
      { a: 'Cu\u0300' },
      { a: 'x\r\ny' },
      { a: 'x\u202E' },
      { a: '\uD800' },
      { a: [] },
      { a: {} },
      { a: [1, , 2] },
      { a: [''] },
      { a: Infinity },
      { a: undefined },
      { ['Cu\u0300']: 1 },
      { a: { b: { c: '' } } },
      [{ a: 1 }],
      'text',
      null,
    ];
    for (const value of changing) {
      expect(isNormalized(value)).toBe(false);
    }
  });

  it('is true only when normalising gives an equal value', () => {
    const values: unknown[] = [
      {},
      { a: 'Trường', b: 0, c: false, d: null, e: [1, 'x', { f: 'g' }] },
      { a: 'tab\tand\nnewline', rows: [{ x: 1 }, { y: [true] }] },
    ];
    for (const value of values) {
      expect(isNormalized(value)).toBe(true);
      expect(normalizeAnswers(value)).toEqual(value);
    }
  });
});
