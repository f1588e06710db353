import { describe, expect, it } from 'vitest';
import { formatNumber, parseNumber } from '../../src/core/locale';

function valueOf(text: string, integer = false): number | string {
  const result = parseNumber(text, { integer });

  return result.ok ? result.value : `error: ${result.reason}`;
}

describe('parseNumber', () => {
  it('reads Vietnamese thousands grouping and decimal comma', () => {
    expect(valueOf('1.234.567')).toBe(1234567);
    expect(valueOf('1.234,5')).toBe(1234.5);
    expect(valueOf('1234,5')).toBe(1234.5);
    expect(valueOf('0,25')).toBe(0.25);
    expect(valueOf(',5')).toBe(0.5);
  });

  it('reads a lone dot as a decimal point unless exactly three digits follow', () => {
    expect(valueOf('1234.5')).toBe(1234.5);
    expect(valueOf('12.34')).toBe(12.34);
    expect(valueOf('0.500')).toBe(0.5);
    expect(valueOf('1234.567')).toBe(1234.567);
  });

  it('reads the ambiguous 1.234 as one thousand two hundred thirty-four', () => {
    expect(valueOf('1.234')).toBe(1234);
    expect(valueOf('12.345')).toBe(12345);
  });

  it('accepts spaces as grouping, a leading minus and a trailing separator', () => {
    expect(valueOf(' 1 234 567 ')).toBe(1234567);
    expect(valueOf('1\u00a0234')).toBe(1234);
    expect(valueOf('-12,5')).toBe(-12.5);
    expect(valueOf('\u22123')).toBe(-3);
    expect(valueOf('-0')).toBe(0);
    expect(valueOf('15,')).toBe(15);
  });

  it('rejects text that is not a number and quotes it in Vietnamese', () => {
    expect(valueOf('abc')).toBe('error: Không phải là số: "abc".');
    expect(valueOf('12a')).toMatch(/^error: Không phải là số/);
    expect(valueOf('1,234.5')).toMatch(/^error: Không phải là số/);
    expect(valueOf('1.23.456')).toMatch(/^error: Không phải là số/);
    expect(valueOf('1,2,3')).toMatch(/^error: Không phải là số/);
    expect(valueOf('--1')).toMatch(/^error: Không phải là số/);
    expect(valueOf('.')).toMatch(/^error: Không phải là số/);
  });

  it('says nothing was typed for empty text', () => {
    expect(valueOf('   ')).toBe('error: Chưa nhập số.');
  });

  it('rejects decimals where a whole number is asked for', () => {
    expect(valueOf('12,5', true)).toMatch(/^error: Chỉ nhập số nguyên/);
    expect(valueOf('1234.5', true)).toMatch(/^error: Chỉ nhập số nguyên/);
    expect(valueOf('1.234', true)).toBe(1234);
    expect(valueOf('12,0', true)).toBe(12);
  });

  it('rejects numbers longer than a double can hold exactly', () => {
    expect(valueOf('1234567890123456')).toMatch(/^error: Số quá dài/);
    expect(valueOf('123456789012345')).toBe(123456789012345);
  });
});

describe('formatNumber', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatNumber(1234567.5)).toBe('1.234.567,5');
    expect(formatNumber(1234)).toBe('1.234');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(-1234.25)).toBe('-1.234,25');
    expect(formatNumber(0)).toBe('0');
  });

  it('rounds to the requested fraction digits and drops trailing zeros', () => {
    expect(formatNumber(33.33333, { maxFractionDigits: 2 })).toBe('33,33');
    expect(formatNumber(2.5, { maxFractionDigits: 0 })).toBe('3');
    expect(formatNumber(-0.001, { maxFractionDigits: 2 })).toBe('0');
  });

  it('round-trips through parseNumber', () => {
    for (const value of [0, 1, 12.5, 1234, 1234567.89, -4321.5, 0.05]) {
      expect(valueOf(formatNumber(value))).toBe(value);
    }
  });

  it('shows nothing for values that are not numbers', () => {
    expect(formatNumber(Number.NaN)).toBe('');
  });
});
