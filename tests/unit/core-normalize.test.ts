import { describe, expect, it } from 'vitest';
import { normalizeAnswers } from '../../src/core/answers';

describe('normalizeAnswers', () => {
  it('keeps a "__proto__" key as a plain answer, never as a prototype', () => {
    const answers = JSON.parse('{"__proto__": {"polluted": "co"}, "a": 1}');
    const result = normalizeAnswers(answers);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.keys(result)).toEqual(['__proto__', 'a']);
    expect((result as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('skips holes in lists and keeps the order of the rest', () => {
    const rows = ['một', , 'hai', '', 'ba'];
    expect(normalizeAnswers({ rows })).toEqual({ rows: ['một', 'hai', 'ba'] });
  });

  it('keeps the last of two keys that are one key once composed', () => {
    const answers = { 'Vie\u0323\u0302t': 'NFD', Việt: 'NFC' };
    expect(normalizeAnswers(answers)).toEqual({ Việt: 'NFC' });
  });
});
