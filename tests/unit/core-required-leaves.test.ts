import { describe, expect, it } from 'vitest';
import { compileForm } from '../../src/core/validation';
import { fillRequiredObjects } from '../../src/core/validation/fill-required-objects';
import complete from '../fixtures/report-2015-complete.json';
import { loadForm2015 } from './form-2015';

const definition = await loadForm2015();
const form = compileForm(definition);

function without(key: string): Record<string, unknown> {
  const report = structuredClone(complete) as Record<string, unknown>;
  delete report[key];

  return report;
}

describe('a section left blank', () => {
  it('is reported at each of its questions, by printed title, never as one section error', () => {
    const errors = form.validate(without('contact'));

    expect(errors.map((e) => e.pointer).sort()).toEqual(
      [
        '/contact/email',
        '/contact/fullName',
        '/contact/landlinePhone',
        '/contact/mobilePhone',
        '/contact/position',
        '/contact/workUnit',
      ].sort(),
    );
    expect(errors.every((e) => e.keyword === 'required')).toBe(true);
    expect(errors.map((e) => e.message)).not.toContain(
      'Vui lòng trả lời: Thông tin liên hệ',
    );
    expect(new Set(errors.map((e) => e.section)).size).toBe(1);
  });

  it('reaches questions in groups nested inside a blank group', () => {
    const report = structuredClone(complete) as {
      applications: Record<string, unknown>;
    };
    delete report.applications.digitalSignature;
    const pointers = form.validate(report).map((e) => e.pointer);

    expect(pointers.sort()).toEqual([
      '/applications/digitalSignature/inDocumentExchange/deployment',
      '/applications/digitalSignature/inDocumentExchange/regularUse',
      '/applications/digitalSignature/inDocumentExchange/regulation',
    ]);
  });

  it('gives the same count before and after one question of it is answered, less one', () => {
    const blank = form.validate(without('signatures')).length;
    const report = without('signatures');
    report.signatures = { head: { place: 'Hà Nội' } };

    expect(blank).toBe(5);
    expect(form.validate(report)).toHaveLength(blank - 1);
  });

  it('keeps the checked answers as typed, with no empty group added', () => {
    const report = without('contact');
    const checked = form.check(report);

    expect(checked.answers).not.toHaveProperty('contact');
    expect(report).not.toHaveProperty('contact');
  });
});

describe('fillRequiredObjects', () => {
  const schema = {
    type: 'object',
    required: ['group', 'rows'],
    properties: {
      group: {
        type: 'object',
        required: ['inner', 'name'],
        properties: {
          name: { type: 'string' },
          inner: { type: 'object', properties: { a: { type: 'string' } } },
        },
      },
      optional: { type: 'object', properties: {} },
      rows: {
        type: 'array',
        items: {
          type: 'object',
          required: ['detail'],
          properties: { detail: { type: 'object', properties: {} } },
        },
      },
    },
  };

  it('adds only the required objects that are absent, recursively', () => {
    expect(fillRequiredObjects(schema, {})).toEqual({ group: { inner: {} } });
  });

  it('fills the rows of a table without adding rows or changing the input', () => {
    const answers = { rows: [{}, { detail: { x: 1 } }] };
    const copy = structuredClone(answers);

    expect(fillRequiredObjects(schema, answers)).toEqual({
      group: { inner: {} },
      rows: [{ detail: {} }, { detail: { x: 1 } }],
    });
    expect(answers).toEqual(copy);
  });

  it('leaves an answer that is not an object where an object is expected', () => {
    expect(fillRequiredObjects(schema, { group: 'chữ' })).toEqual({
      group: 'chữ',
    });
  });
});
