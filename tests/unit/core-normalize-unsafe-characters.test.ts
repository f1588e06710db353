import { describe, expect, it } from 'vitest';
import { normalizeAnswers } from '../../src/core/answers';

const clean = (text: string) => normalizeAnswers({ text }).text;

describe('normalizeAnswers and characters no answer should hold', () => {
  it('removes NUL and other control characters but keeps tab and newline', () => {
    expect(clean('UBND\u0000 xã\u0007 An\u001B')).toBe('UBND xã An');
    expect(clean('dòng 1\n\tdòng 2')).toBe('dòng 1\n\tdòng 2');
    expect(clean('a\u007Fb\u0085c\u009Fd')).toBe('abcd');
  });

  it('turns CR and CRLF into a newline', () => {
    expect(clean('một\r\nhai\rba')).toBe('một\nhai\nba');
  });

  it('removes bidi embeddings, overrides and isolates, so "UBND long" shows as typed', () => {
    const typed =
      'UBND \u202Egnol\u202C \u2066x\u2069 \u202A\u202B\u202D\u2067\u2068';
    expect(clean(typed)).toBe('UBND gnol x ');
  });

  it('replaces a lone surrogate with U+FFFD and keeps a valid pair', () => {
    expect(clean('a\uD800b')).toBe('a\uFFFDb');
    expect(clean('a\uDC00')).toBe('a\uFFFD');
    expect(clean('\uDC00\uD800')).toBe('\uFFFD\uFFFD');
    expect(clean('cờ 🇻🇳 😀')).toBe('cờ 🇻🇳 😀');
  });

  it('drops an answer made only of removed characters, like an empty one', () => {
    expect(normalizeAnswers({ a: '\u0000\u202E', b: 'giữ' })).toEqual({
      b: 'giữ',
    });
  });

  it('still composes decomposed Vietnamese to NFC after cleaning', () => {
    expect(clean('Vie\u0323\u0302\u0000t Nam')).toBe('Việt Nam');
  });

  it('cleans strings inside lists and nested objects', () => {
    const answers = { rows: [{ name: 'Phòng\u0000 A\u202E' }] };
    expect(normalizeAnswers(answers)).toEqual({ rows: [{ name: 'Phòng A' }] });
  });
});
