import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  completeAnswers,
  envelopeFor,
  startServer,
  testConfig,
} from './test-server';

interface InvalidCase {
  name: string;
  set?: Record<string, unknown>;
  remove?: string[];
  expectErrorsAt: string[];
}

const invalidCases: InvalidCase[] = JSON.parse(
  fs.readFileSync(
    path.resolve(import.meta.dirname, '../fixtures/report-2015-invalid.json'),
    'utf8',
  ),
);

/** Apply a case's edits to a fresh complete report. */
function answersFor(testCase: InvalidCase) {
  const answers = completeAnswers();
  const walk = (pointer: string) => {
    const keys = pointer.split('/').slice(1);
    const last = keys.pop()!;
    let node: any = answers;
    for (const key of keys) node = node[key];
    return { node, last };
  };
  for (const [pointer, value] of Object.entries(testCase.set ?? {})) {
    const { node, last } = walk(pointer);
    node[last] = value;
  }
  for (const pointer of testCase.remove ?? []) {
    const { node, last } = walk(pointer);
    delete node[last];
  }

  return answers;
}

const postRaw = (
  app: ReturnType<typeof startServer>,
  payload: string,
  contentType = 'application/json',
) =>
  app.inject({
    method: 'POST',
    url: '/api/submissions',
    headers: { 'content-type': contentType },
    payload,
  });

describe('POST /api/submissions refuses what it cannot store', () => {
  it('answers 422 naming every wrong field in Vietnamese, for each invalid case', async () => {
    const app = startServer();
    for (const testCase of invalidCases) {
      const response = await postRaw(
        app,
        JSON.stringify(envelopeFor(answersFor(testCase))),
      );

      expect(response.statusCode, testCase.name).toBe(422);
      const body = response.json();
      expect(body.error).toBe('invalid-answers');
      expect(body.message).toMatch(/chưa hợp lệ/);
      const paths = body.errors.map((e: { path: string }) => e.path);
      for (const expected of testCase.expectErrorsAt) {
        expect(paths, testCase.name).toContain(`/answers${expected}`);
      }
      for (const error of body.errors) {
        expect(error.message, testCase.name).toMatch(/[ăâđêôơưạảấầẩẫậ]/i);
      }
    }
    const list = await app.inject({
      url: '/api/submissions',
      headers: { authorization: 'Bearer kiem-thu-ma-quan-tri-0123456789' },
    });
    expect(list.json().submissions).toEqual([]);
  });

  it('answers 422 for a form or version the server does not have', async () => {
    const app = startServer();
    const unknownVersion = envelopeFor(completeAnswers(), {
      formVersion: '2099',
      schemaId: 'urn:bieu-mau:bao-cao-ung-dung-cntt:2099',
    });
    const unknownForm = envelopeFor(completeAnswers(), {
      formId: 'bao-cao-khong-co',
      schemaId: 'urn:bieu-mau:bao-cao-khong-co:2015',
    });

    for (const envelope of [unknownVersion, unknownForm]) {
      const response = await postRaw(app, JSON.stringify(envelope));
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({
        error: 'unknown-form-version',
        message: expect.stringContaining('Không có biểu mẫu'),
      });
    }
  });

  it('answers 400 with the wrong fields when the envelope itself is malformed', async () => {
    const app = startServer();
    const { draftId: _dropped, ...noDraft } = envelopeFor();

    const response = await postRaw(
      app,
      JSON.stringify({ ...noDraft, submissionId: 'khong-phai-uuid' }),
    );

    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error).toBe('invalid-envelope');
    expect(body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['/submissionId']),
    );
  });

  it('answers 413 for a body over the configured limit', async () => {
    const app = startServer(testConfig({ bodyLimit: 64 * 1024 }));
    const envelope = envelopeFor();
    (envelope.answers as any).generalInfo.agencyName = 'x'.repeat(70 * 1024);

    const response = await postRaw(app, JSON.stringify(envelope));

    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({
      error: 'body-too-large',
      message: expect.stringContaining('quá lớn'),
    });
  });

  it('answers 400 naming the place of a __proto__, constructor or prototype key', async () => {
    const app = startServer();
    const text = JSON.stringify(envelopeFor());
    const hostile = [
      [
        '__proto__',
        text.replace('"generalInfo":', '"__proto__":{"x":1},"generalInfo":'),
      ],
      [
        'constructor',
        text.replace(
          '"generalInfo":',
          '"constructor":{"prototype":{}},"generalInfo":',
        ),
      ],
      ['prototype', text.replace('"phone":', '"prototype":1,"phone":')],
    ];

    for (const [key, payload] of hostile) {
      const response = await postRaw(app, payload);
      expect(response.statusCode, key).toBe(400);
      const body = response.json();
      expect(body.error).toBe('malformed-body');
      expect(body.message).toContain(`"${key}"`);
      expect(body.errors[0].path).toMatch(new RegExp(`^/answers/.*${key}$`));
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('answers 400, not 5xx, for 100 levels of nesting and for a million', async () => {
    const app = startServer();
    const deep = (levels: number) =>
      JSON.stringify(envelopeFor()).replace(
        '"generalInfo":',
        `"deep":${'['.repeat(levels)}${']'.repeat(levels)},"generalInfo":`,
      );

    for (const levels of [100, 1_000_000]) {
      const response = await postRaw(app, deep(levels));
      expect(response.statusCode, String(levels)).toBe(400);
      expect(response.json().message).toContain('lồng nhau quá 32 tầng');
    }
  });

  it('answers 400 with a Vietnamese message for text that is not JSON', async () => {
    const app = startServer();

    const response = await postRaw(app, '{"envelopeVersion": 1,');

    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/không phải JSON hợp lệ/);
  });

  it('answers 415 for a body that is not declared as JSON', async () => {
    const app = startServer();
    const text = JSON.stringify(envelopeFor());

    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const response = await postRaw(app, text, type);
      expect(response.statusCode, type).toBe(415);
      expect(response.json()).toMatchObject({
        error: 'unsupported-media-type',
        message: expect.stringContaining('application/json'),
      });
    }
  });
});
