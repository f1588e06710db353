import { expect, it } from 'vitest';
import { parseNumber } from '../../src/core/locale';

function valueOf(text: string, integer = false): number | string {
  const result = parseNumber(text, { integer });

  return result.ok ? result.value : `error: ${result.reason}`;
}

it('reads a percentage typed with its % sign, spaced or not', () => {
  expect(valueOf('50%')).toBe(50);
  expect(valueOf('50 %')).toBe(50);
  expect(valueOf(' 12,5 % ')).toBe(12.5);
  expect(valueOf('0,42%')).toBe(0.42);
  expect(valueOf('100\u00a0%')).toBe(100);
  expect(valueOf('45%', true)).toBe(45);
});

it('still refuses a % that is alone, doubled or not at the end', () => {
  expect(valueOf('%')).toMatch(/^error: Không phải là số/);
  expect(valueOf('50%%')).toMatch(/^error: Không phải là số/);
  expect(valueOf('%50')).toMatch(/^error: Không phải là số/);
  expect(valueOf('5%0')).toMatch(/^error: Không phải là số/);
});

it('quotes the text as typed, % included, when the number is unreadable', () => {
  expect(valueOf('năm mươi %')).toBe('error: Không phải là số: "năm mươi %".');
});
