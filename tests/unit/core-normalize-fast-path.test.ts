import { describe, expect, it } from 'vitest';
import { normalizeAnswers } from '../../src/core/answers';

// What normalising a string meant before text already in NFC skipped the
// work: clean, then ICU's NFC. The fast path must give exactly this.
const SUSPECT_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function reference(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(SUSPECT_CHARS, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC');
}

const SKIPPED = [
  [0x09, 0x0a],
  [0x20, 0x7e],
  [0xa0, 0x2ff],
  [0x1e00, 0x1eff],
];

function skippedChars(): string[] {
  const chars: string[] = [];
  for (const [from, to] of SKIPPED) {
    for (let code = from; code <= to; code++) {
      chars.push(String.fromCharCode(code));
    }
  }
  return chars;
}

describe('normalizeAnswers on text that needs no work', () => {
  it('skips only characters no two of which change under NFC', () => {
    const chars = skippedChars();
    const changed: string[] = [];
    for (const first of chars) {
      for (const second of chars) {
        const text = first + second;
        if (text.normalize('NFC') !== text) changed.push(text);
      }
    }
    expect(changed).toEqual([]);
    const all = chars.join('');
    expect(normalizeAnswers({ all }).all).toBe(reference(all));
  });

  // Keys are only composed, never cleaned.
  it('matches clean-then-NFC on mixed text, and NFC on keys', () => {
    const pool = [
      ...skippedChars().filter((_, index) => index % 7 === 0),
      '\u0300',
      '\u0301',
      '\u0323',
      '\u0302',
      '\r',
      '\u0000',
      '\u202E',
      '\uD83D',
      '\uDE00',
      '\u2000',
      '\u212B',
      '\uAC00',
      '\u1161',
      'Ω',
    ];
    let seed = 7;
    const pick = () => {
      seed = (seed * 48271) % 2147483647;
      return pool[seed % pool.length];
    };
    for (let round = 0; round < 5000; round++) {
      let text = '';
      for (let length = 1 + (round % 6); length > 0; length--) text += pick();
      const expected = reference(text);
      const answers = normalizeAnswers({ [`k${text}`]: text });
      expect(answers).toEqual(
        expected === '' ? {} : { [`k${text}`.normalize('NFC')]: expected },
      );
    }
  });
});
