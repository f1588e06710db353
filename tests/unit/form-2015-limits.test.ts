import { expect, it } from 'vitest';
import { toPointer } from '../../src/core/definition/schema-path';
import { compileForm } from '../../src/core/validation';
import complete from '../fixtures/report-2015-complete.json';
import { completeReportWith, loadForm2015 } from './form-2015';

const definition = await loadForm2015();
const form = compileForm(definition);

/** Pointers of every number in the complete report (counts, money, hours). */
function numberPointers(value: unknown, at: string[] = []): string[] {
  if (typeof value === 'number') return [toPointer(at)];
  if (typeof value !== 'object' || value === null) return [];

  return Object.entries(value).flatMap(([key, sub]) =>
    numberPointers(sub, [...at, key]),
  );
}

const pointers = numberPointers(complete);

it('finds the numbers of the complete report', () => {
  expect(pointers).toContain('/generalInfo/staffTotal');
  expect(pointers).toContain('/resources/spendingTotal');
  expect(pointers.length).toBeGreaterThan(40);
});

it.each(pointers)('refuses an absurdly large number at %s', (pointer) => {
  const errors = form.validate(completeReportWith({ [pointer]: 1e308 }));
  const error = errors.find((e) => e.pointer === pointer);

  expect(error?.keyword).toBe('maximum');
  expect(error?.message).toMatch(/không được lớn hơn/);
});

it('says the limit of a count in Vietnamese grouping', () => {
  const errors = form.validate(
    completeReportWith({ '/generalInfo/staffTotal': 1e308 }),
  );

  expect(errors.map((e) => e.message)).toContain(
    'Tổng số cán bộ, công chức không được lớn hơn 100.000.',
  );
});
