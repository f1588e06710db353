import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../src/core/validation';
import { partValidator } from '../../src/core/validation/part-validator';
import { schemaParts } from '../../src/core/validation/schema-parts';
import complete from '../fixtures/report-2015-complete.json';
import {
  checkedCopy as checkedCopy2015,
  loadForm2015,
  reportsToCompare2015,
} from './form-2015';

const definition = await loadForm2015();
const { schema } = definition;
const whole = createAjv().compile(schema);

const checkedCopy = (answers: unknown) => checkedCopy2015(definition, answers);

// What a person or a renderer sees of an error; the schema path differs.
function seen(errors: ErrorObject[]) {
  return errors.map((e) => ({
    at: e.instancePath,
    keyword: e.keyword,
    params: e.params,
    message: e.message,
    parentSchema: e.parentSchema,
  }));
}

function wholeErrors(data: unknown) {
  return whole(data) ? [] : (whole.errors ?? []);
}

const reports = reportsToCompare2015();

describe('the 2015 schema checked section by section', () => {
  it('is split into the root and one part per section', () => {
    const parts = schemaParts(schema);
    expect(parts.map((p) => p.key)).toEqual([
      '',
      ...Object.keys(schema.properties ?? {}),
    ]);
  });

  it('knows which sections read another section through $data', () => {
    const infrastructure = schemaParts(schema).find(
      (p) => p.key === 'infrastructure',
    );
    expect(infrastructure?.reads).toEqual(['infrastructure', 'generalInfo']);
  });

  it.each(reports)('gives the whole schema’s errors for $name', (report) => {
    const data = checkedCopy(report.answers);
    const parts = partValidator(schema).errorsOf(data);
    expect(seen(parts)).toEqual(seen(wholeErrors(data)));
  });

  it('gives the same errors again after its compiled sections were let go', () => {
    const validator = partValidator(schema, { keepCompiled: 1 });
    // Reports that differ in different sections, twice over.
    const some = reports.filter((_, i) => i % 6 === 0);
    for (const report of [...some, ...some]) {
      const data = checkedCopy(report.answers);
      expect(seen(validator.errorsOf(data))).toEqual(seen(wholeErrors(data)));
    }
  }, 60_000);

  it('checks a section again when a section it reads changes', () => {
    const validator = partValidator(schema, { keepCompiled: 1 });
    const report = structuredClone(complete);
    expect(validator.errorsOf(checkedCopy(report))).toEqual([]);
    report.generalInfo.staffTotal = 10;
    const errors = validator.errorsOf(checkedCopy(report));
    expect(errors.map((e) => e.instancePath)).toContain(
      '/infrastructure/staffWithComputers',
    );
  });

  it('checks the sections on screen last, so they stay compiled', async () => {
    const validator = partValidator(schema, { keepCompiled: 1 });
    const between = () => Promise.resolve();
    const data = checkedCopy(complete);
    await validator.errorsInSteps(data, between, ['contact']);
    expect(validator.compiledKeys()).toEqual(['contact']);
    const errors = await validator.errorsInSteps(data, between, ['contact']);
    expect(seen(errors)).toEqual(seen(wholeErrors(data)));
  });

  it('keeps only the sections on screen compiled after checking the rest', async () => {
    const validator = partValidator(schema, { keepCompiled: 2 });
    const between = () => Promise.resolve();
    for (const report of reports.filter((_, i) => i % 5 === 0)) {
      const data = checkedCopy(report.answers);
      const errors = await validator.errorsInSteps(data, between, ['contact']);
      expect(seen(errors)).toEqual(seen(wholeErrors(data)));
      expect(validator.compiledKeys()).toEqual(['contact']);
    }
  }, 60_000);

  it('compiles a section ahead of its first check when asked', () => {
    const validator = partValidator(schema, { keepCompiled: 2 });
    validator.compileSections(['website']);
    expect(validator.compiledKeys()).toEqual(['website']);
  });

  it('compiles a root with keywords that tie sections together as one part', () => {
    const tied = {
      type: 'object',
      properties: { a: { type: 'integer' }, b: { type: 'integer' } },
      if: { properties: { a: { const: 1 } } },
      then: { required: ['b'] },
    };
    expect(schemaParts(tied)).toHaveLength(1);
    const errors = partValidator(tied).errorsOf({ a: 1 });
    expect(errors.map((e) => e.keyword)).toEqual(['required', 'if']);
  });
});
