import { describe, expect, it } from 'vitest';
import { pointerSegments } from '../../src/core/definition/schema-path';
import { compileForm } from '../../src/core/validation';
import complete from '../fixtures/report-2015-complete.json';
import { applyInvalidCase, invalidCases2015, loadForm2015 } from './form-2015';

const definition = await loadForm2015();
const form = compileForm(definition);

describe('the 2015 report', () => {
  it('accepts the complete report with no error', () => {
    expect(form.validate(complete)).toEqual([]);
  });

  it.each(invalidCases2015)(
    'rejects "$name" exactly at the expected fields',
    (c) => {
      const errors = form.validate(applyInvalidCase(c));
      const pointers = [...new Set(errors.map((e) => e.pointer))].sort();
      expect(pointers).toEqual([...c.expectErrorsAt].sort());
      for (const error of errors) {
        expect(error.message).not.toMatch(/\bmust\b/);
        expect(error.message).not.toContain(error.pointer);
        const key = pointerSegments(error.pointer).pop() ?? '';
        if (/[a-z][A-Z]/.test(key)) expect(error.message).not.toContain(key);
        expect(error.section).not.toBe('');
      }
    },
  );
});
