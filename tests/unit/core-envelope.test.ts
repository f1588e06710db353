import { describe, expect, it } from 'vitest';
import {
  buildEnvelope,
  checkEnvelope,
  envelopeSchema,
  localTimestamp,
} from '../../src/core/envelope';
import complete from '../fixtures/report-2015-complete.json';
import { loadForm2015 } from './form-2015';

const definition = await loadForm2015();

const input = {
  submissionId: '6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f',
  definition,
  answers: { ...complete, generalInfo: { ...complete.generalInfo, fax: '' } },
  draftId: 'nhap-1',
  appVersion: '0.1.0',
  now: new Date('2026-12-04T07:32:00Z'),
};

describe('buildEnvelope', () => {
  it('builds an envelope that checkEnvelope accepts', () => {
    const envelope = buildEnvelope(input);
    expect(envelope).toMatchObject({
      envelopeVersion: 1,
      formId: 'bao-cao-ung-dung-cntt',
      formVersion: '2015',
      schemaId: 'urn:bieu-mau:bao-cao-ung-dung-cntt:2015',
    });
    expect(envelope.answers.generalInfo).not.toHaveProperty('fax');
    expect(checkEnvelope(JSON.parse(JSON.stringify(envelope)))).toEqual({
      ok: true,
      envelope,
    });
  });

  it('writes submittedAt with an explicit offset', () => {
    expect(buildEnvelope(input).submittedAt).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/,
    );
    expect(new Date(localTimestamp(input.now)).getTime()).toBe(
      input.now.getTime(),
    );
  });
});

describe('checkEnvelope', () => {
  const good = buildEnvelope(input);

  it('names each bad field in Vietnamese at its pointer', () => {
    const result = checkEnvelope({
      ...good,
      submissionId: 'không-phải-uuid',
      submittedAt: '2026-12-04T14:32:00',
      extra: 1,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const pointers = result.errors.map((e) => e.pointer).sort();
    expect(pointers).toEqual(['', '/submissionId', '/submittedAt']);
    const time = result.errors.find((e) => e.pointer === '/submittedAt');
    expect(time?.message).toContain('Thời điểm gửi');
  });

  it('asks for missing fields by their title', () => {
    const { draftId: _, ...rest } = good;
    const result = checkEnvelope(rest);
    expect(result).toEqual({
      ok: false,
      errors: [
        { pointer: '/draftId', message: 'Vui lòng trả lời: Mã bản nháp.' },
      ],
    });
  });

  it('refuses a schemaId that does not match the form and version', () => {
    const result = checkEnvelope({
      ...good,
      schemaId: 'urn:bieu-mau:khac:2015',
    });
    expect(result).toMatchObject({
      ok: false,
      errors: [{ pointer: '/schemaId' }],
    });
  });

  it('refuses a body that is not an object', () => {
    expect(checkEnvelope('chuỗi').ok).toBe(false);
    expect(envelopeSchema.$id).toBe('urn:bieu-mau:envelope:1');
  });
});
