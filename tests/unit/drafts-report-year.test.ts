import { describe, expect, it } from 'vitest';
import { parseReportYear } from '../../src/app/drafts/report-year';

describe('the year typed for a new year’s report', () => {
  it('accepts four digits between 2000 and 2100, spaces around allowed', () => {
    expect(parseReportYear('2016')).toBe(2016);
    expect(parseReportYear(' 2100 ')).toBe(2100);
    expect(parseReportYear('2000')).toBe(2000);
  });

  it('refuses text, fractions, signs and years out of range', () => {
    for (const text of ['', 'năm 2016', '2016.5', '+2016', '1999', '2101']) {
      expect(parseReportYear(text), text).toBeUndefined();
    }
  });
});
