import { describe, expect, it } from 'vitest';
import {
  agencyMatches,
  foldForSearch,
  isYearFilter,
} from '../../src/app/office/filter-text';

describe('office agency filter', () => {
  it('matches part of a name regardless of case and tone marks', () => {
    expect(agencyMatches('UBND xã Vĩnh An', 'vinh an')).toBe(true);
    expect(agencyMatches('UBND xã Vĩnh An', 'VĨNH AN')).toBe(true);
    expect(agencyMatches('UBND xã Vĩnh An', 'Vĩnh  An ')).toBe(true);
    expect(agencyMatches('UBND xã Tân Phú', 'vinh an')).toBe(false);
  });

  it('treats đ as d and decomposed input like composed text', () => {
    expect(foldForSearch('Đồng Đăng')).toBe('dong dang');
    expect(agencyMatches('Xã Đông Hòa', 'Ho\u0300a')).toBe(true);
  });

  it('lets every agency through when nothing is typed, and none without a name otherwise', () => {
    expect(agencyMatches(undefined, '')).toBe(true);
    expect(agencyMatches(undefined, 'an')).toBe(false);
  });
});

describe('office year filter', () => {
  it('accepts four digits or nothing and refuses anything else', () => {
    expect(isYearFilter('2015')).toBe(true);
    expect(isYearFilter(' 2015 ')).toBe(true);
    expect(isYearFilter('')).toBe(true);
    expect(isYearFilter(undefined)).toBe(true);
    expect(isYearFilter('20a5')).toBe(false);
    expect(isYearFilter('215')).toBe(false);
  });
});
