import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config';
import {
  completeAnswers,
  envelopeFor,
  startServer,
  testConfig,
} from './test-server';

/** A report whose document list has `rows` rows, each wrong four ways. */
function reportWithBadDocuments(rows: number) {
  const answers = completeAnswers() as any;
  answers.policies.documents = Array.from({ length: rows }, () => ({
    category: 'khong-co',
    issuedOn: 'hom-qua',
    number: 5,
    summary: 7,
  }));
  return JSON.stringify(envelopeFor(answers));
}

const post = (app: ReturnType<typeof startServer>, payload: string) =>
  app.inject({
    method: 'POST',
    url: '/api/submissions',
    headers: { 'content-type': 'application/json' },
    payload,
  });

describe('a report with very many problems', () => {
  it('answers 422 with the first 100 problems, the total and a note that more exist', async () => {
    const app = startServer();

    const response = await post(app, reportWithBadDocuments(900));

    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body.errors).toHaveLength(100);
    expect(body.errorCount).toBeGreaterThan(900);
    expect(body.message).toContain(`còn ${body.errorCount} chỗ`);
    expect(body.message).toContain('100 chỗ đầu tiên');
    expect(response.body.length).toBeLessThan(100_000);
  });

  it('leaves errorCount out when every problem is listed', async () => {
    const app = startServer();

    const body = (await post(app, reportWithBadDocuments(2))).json();

    expect(body.errors.length).toBeGreaterThan(0);
    expect(body.errors.length).toBeLessThanOrEqual(100);
    expect(body).not.toHaveProperty('errorCount');
  });

  it('refuses a 20 000-row table at once, naming the table, without checking each row', async () => {
    const app = startServer(testConfig({ bodyLimit: 4 * 1024 * 1024 }));
    const payload = reportWithBadDocuments(20_000);

    const response = await post(app, payload);

    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body.error).toBe('invalid-answers');
    expect(body.errors).toEqual([
      {
        path: '/answers/policies/documents',
        message: expect.stringContaining('20000 dòng'),
      },
    ]);
    // One error naming the table, none per row: the rows were never checked.
    expect(response.body.length).toBeLessThan(2_000);
  });

  it('refuses lists of 2 000 rows in all at once, naming the longest, though no table has 1 000', async () => {
    const answers = completeAnswers() as any;
    const rows = (n: number) =>
      Array.from({ length: n }, () => ({ category: 'x', number: 5 }));
    answers.policies.documents = rows(900);
    answers.apps = { ...answers.apps, extra: rows(900) };
    answers.generalInfo.more = rows(300);
    const app = startServer(testConfig({ bodyLimit: 4 * 1024 * 1024 }));

    const response = await post(app, JSON.stringify(envelopeFor(answers)));

    expect(response.statusCode).toBe(422);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths.slice(0, 2).sort()).toEqual([
      '/answers/apps/extra',
      '/answers/policies/documents',
    ]);
  });

  it('refuses the 1.2 MB report with 413 under the default body limit', async () => {
    const { bodyLimit } = loadConfig({});
    const app = startServer(testConfig({ bodyLimit }));

    const response = await post(app, reportWithBadDocuments(20_000));

    expect(response.statusCode).toBe(413);
    expect(response.json().error).toBe('body-too-large');
  });
});
