import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  freshFieldErrors,
  withoutErrorsAt,
} from '../../src/app/fill/stale-field-errors';

const error = (instancePath: string, params = {}) =>
  ({ instancePath, schemaPath: '', keyword: 'maximum', params }) as ErrorObject;
const missing = (instancePath: string, missingProperty: string) =>
  ({
    instancePath,
    schemaPath: '',
    keyword: 'required',
    params: { missingProperty },
  }) as ErrorObject;

describe('errors of a check that came back late', () => {
  const info = { staffTotal: 12, agency: 'UBND' };
  const checked = { generalInfo: info, contact: { phone: '1' } };

  it('keeps every error when nothing changed since the check', () => {
    const errors = [error('/generalInfo/staffTotal')];
    expect(freshFieldErrors(errors, checked, checked)).toBe(errors);
  });

  it('drops the errors of a field changed since, and keeps the others', () => {
    const latest = { ...checked, generalInfo: { ...info, staffTotal: 1234 } };
    const errors = [
      error('/generalInfo/staffTotal'),
      error('/generalInfo/agency'),
      missing('/contact', 'fullName'),
    ];
    expect(freshFieldErrors(errors, checked, latest)).toEqual([
      error('/generalInfo/agency'),
      missing('/contact', 'fullName'),
    ]);
  });

  it('drops a missing-answer error once that answer was given', () => {
    const latest = { ...checked, contact: { phone: '1', fullName: 'An' } };
    const errors = [missing('/contact', 'fullName')];
    expect(freshFieldErrors(errors, checked, latest)).toEqual([]);
  });
});

describe('errors shown while a field is being changed', () => {
  const errors = [
    error('/incidents/0/count'),
    error('/incidents/1/count'),
    missing('/incidents/0', 'title'),
  ];

  it('drops those of the field changed and of what is inside it', () => {
    expect(withoutErrorsAt(errors, 'incidents.0.count')).toEqual([
      error('/incidents/1/count'),
      missing('/incidents/0', 'title'),
    ]);
    expect(withoutErrorsAt(errors, 'incidents.0')).toEqual([
      error('/incidents/1/count'),
    ]);
  });

  it('hands back the same list when none is about that field', () => {
    expect(withoutErrorsAt(errors, 'contact.phone')).toBe(errors);
  });
});
