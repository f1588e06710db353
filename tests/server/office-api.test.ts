import { describe, expect, it } from 'vitest';
import {
  ADMIN_TOKEN,
  bearer,
  completeAnswers,
  envelopeFor,
  startServer,
  testConfig,
} from './test-server';

type App = ReturnType<typeof startServer>;

async function submitFrom(app: App, agencyName: string, reportYear = 2015) {
  const answers = completeAnswers() as any;
  answers.generalInfo.agencyName = agencyName;
  answers.generalInfo.reportYear = reportYear;
  const envelope = envelopeFor(answers);
  const response = await app.inject({
    method: 'POST',
    url: '/api/submissions',
    payload: envelope,
  });
  expect(response.statusCode).toBe(201);

  return envelope.submissionId;
}

describe('office read API', () => {
  it('stays closed with 503 and a Vietnamese reason when no token is configured', async () => {
    const app = startServer(testConfig({ adminToken: undefined }));

    for (const url of ['/api/submissions', '/api/submissions.csv']) {
      const response = await app.inject({ url, headers: bearer() });
      expect(response.statusCode, url).toBe(503);
      expect(response.json()).toMatchObject({
        error: 'office-api-closed',
        message: expect.stringContaining('BIEU_MAU_ADMIN_TOKEN'),
      });
    }
  });

  it('answers 401 without a token and with a wrong one', async () => {
    const app = startServer();
    const id = await submitFrom(app, 'UBND xã Tân Phú');

    const headers = [{}, bearer('sai-ma-quan-tri-0123456789'), bearer('')];
    for (const header of headers) {
      for (const url of ['/api/submissions', `/api/submissions/${id}`]) {
        const response = await app.inject({ url, headers: header });
        expect(response.statusCode, url).toBe(401);
        expect(response.json().message).toContain('mã quản trị');
        expect(response.body).not.toContain('Tân Phú');
      }
    }
  });

  it('lists summaries filtered by year and agency, without answers', async () => {
    const app = startServer();
    const tanPhu = await submitFrom(app, 'UBND xã Tân Phú', 2015);
    await submitFrom(app, 'UBND xã Đông Hòa', 2015);
    const later = await submitFrom(app, 'UBND xã Tân Phú', 2016);

    const all = await app.inject({
      url: '/api/submissions',
      headers: bearer(),
    });
    const filtered = await app.inject({
      url: `/api/submissions?year=2015&agency=${encodeURIComponent('UBND xã Tân Phú')}`,
      headers: bearer(),
    });
    const byYear = await app.inject({
      url: '/api/submissions?formId=bao-cao-ung-dung-cntt&formVersion=2015&year=2016',
      headers: bearer(),
    });

    expect(all.json().submissions).toHaveLength(3);
    expect(all.body).not.toContain('answers');
    expect(filtered.json().submissions).toEqual([
      expect.objectContaining({
        submissionId: tanPhu,
        year: '2015',
        agency: 'UBND xã Tân Phú',
      }),
    ]);
    expect(byYear.json().submissions.map((s: any) => s.submissionId)).toEqual([
      later,
    ]);
  });

  it('refuses an unknown filter with 400 and says which filters exist', async () => {
    const app = startServer();

    const response = await app.inject({
      url: '/api/submissions?nam=2015',
      headers: bearer(),
    });

    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('formId, formVersion, year');
  });

  it('answers 404 in Vietnamese for a report id it does not hold', async () => {
    const app = startServer();

    const response = await app.inject({
      url: '/api/submissions/0b9d2f53-6b1e-4c39-9a7e-2d7c4c1f0a11',
      headers: bearer(),
    });

    expect(response.statusCode).toBe(404);
    expect(response.json().message).toContain('Không có báo cáo');
  });

  it('exports CSV with BOM, Vietnamese names intact and formulas defused', async () => {
    const app = startServer();
    const id = await submitFrom(app, '=HYPERLINK("http://127.0.0.1/","Xã")');
    await submitFrom(app, 'UBND xã Tân Phú');

    const response = await app.inject({
      url: '/api/submissions.csv',
      headers: { authorization: `bearer ${ADMIN_TOKEN}` },
    });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const bytes = response.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = response.body.split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(`${id},bao-cao-ung-dung-cntt,2015,2015,`);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://127.0.0.1/"",""Xã"")"`);
    expect(lines[2]).toContain(',UBND xã Tân Phú,');
  });
});
