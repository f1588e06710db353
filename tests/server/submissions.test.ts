import { describe, expect, it } from 'vitest';
import {
  bearer,
  completeAnswers,
  envelopeFor,
  startServer,
  testConfig,
} from './test-server';

const post = (app: ReturnType<typeof startServer>, payload: unknown) =>
  app.inject({
    method: 'POST',
    url: '/api/submissions',
    payload: payload as object,
  });

describe('POST /api/submissions', () => {
  it('stores a complete 2015 report and answers 201 with its receipt', async () => {
    const app = startServer();
    const envelope = envelopeFor();

    const response = await post(app, envelope);

    expect(response.statusCode).toBe(201);
    const receipt = response.json();
    expect(receipt).toEqual({
      submissionId: envelope.submissionId,
      receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      formId: 'bao-cao-ung-dung-cntt',
      formVersion: '2015',
    });
    const stored = await app.inject({
      url: `/api/submissions/${envelope.submissionId}`,
      headers: bearer(),
    });
    expect(stored.json()).toMatchObject({
      year: '2015',
      agency: 'Phòng Văn hóa và Thông tin huyện Vĩnh An',
      envelope: {
        submissionId: envelope.submissionId,
        answers: { generalInfo: completeAnswers().generalInfo },
      },
    });
  });

  it('drops an answer hidden by the form rules before storing it', async () => {
    const app = startServer();
    const answers = completeAnswers() as any;
    const row = answers.applications.otherSpecializedApps[2];
    // A row deployed "riêng lẻ" hides its provider column, so a provider
    // sent anyway was never seen by the user and is not stored.
    expect(row.deployment).toBe('riengLe');
    const visible = { ...row };
    row.provider = 'Thư viện tỉnh';
    const envelope = envelopeFor(answers);

    expect((await post(app, envelope)).statusCode).toBe(201);
    const stored = await app.inject({
      url: `/api/submissions/${envelope.submissionId}`,
      headers: bearer(),
    });

    expect(
      stored.json().envelope.answers.applications.otherSpecializedApps[2],
    ).toEqual(visible);
  });

  it('stores exactly the envelope sent when nothing needed changing', async () => {
    const app = startServer();
    const envelope = envelopeFor();

    expect((await post(app, envelope)).statusCode).toBe(201);
    const stored = await app.inject({
      url: `/api/submissions/${envelope.submissionId}`,
      headers: bearer(),
    });

    expect(stored.json().envelope).toEqual(envelope);
  });

  it('knows a retry with a hidden answer and keys in another order', async () => {
    const app = startServer();
    const answers = completeAnswers() as any;
    answers.applications.otherSpecializedApps[2].provider = 'Thư viện tỉnh';
    const envelope = envelopeFor(answers);
    const first = (await post(app, envelope)).json();
    const reordered = JSON.parse(
      JSON.stringify(envelope, (_key, value) =>
        value && typeof value === 'object' && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value).reverse())
          : value,
      ),
    );

    const retry = await post(app, reordered);

    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual({ ...first, duplicate: true });
  });

  it('answers a retry with the same body by the original receipt, marked duplicate', async () => {
    const app = startServer();
    const envelope = envelopeFor();
    const first = (await post(app, envelope)).json();

    const retry = await post(app, {
      ...envelope,
      submittedAt: '2026-12-04T15:00:00+07:00',
    });

    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual({ ...first, duplicate: true });
  });

  it('refuses the same submissionId with different answers with 409 and keeps the first', async () => {
    const app = startServer();
    const envelope = envelopeFor();
    await post(app, envelope);
    const changed = completeAnswers();
    (changed.generalInfo as Record<string, unknown>).staffTotal = 49;

    const response = await post(app, { ...envelope, answers: changed });

    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      error: 'submission-conflict',
      message: expect.stringContaining('đã được dùng'),
    });
    const stored = await app.inject({
      url: `/api/submissions/${envelope.submissionId}`,
      headers: bearer(),
    });
    expect(stored.json().envelope.answers.generalInfo.staffTotal).toBe(48);
  });

  it('treats decomposed (NFD) Vietnamese as the same report and stores NFC', async () => {
    const app = startServer();
    const answers = completeAnswers();
    const info = answers.generalInfo as Record<string, string>;
    const envelope = envelopeFor(answers);
    const nfd = structuredClone(envelope);
    (nfd.answers as typeof answers).generalInfo = {
      ...info,
      agencyName: info.agencyName.normalize('NFD'),
    };

    expect((await post(app, nfd)).statusCode).toBe(201);
    expect((await post(app, envelope)).statusCode).toBe(200);
    const list = await app.inject({
      url: '/api/submissions',
      headers: bearer(),
    });
    expect(list.json().submissions[0].agency).toBe(
      'Phòng Văn hóa và Thông tin huyện Vĩnh An'.normalize('NFC'),
    );
  });

  it('stores a revision that replaces an earlier report', async () => {
    const app = startServer();
    const original = envelopeFor();
    await post(app, original);

    const revision = envelopeFor(completeAnswers(), {
      replaces: original.submissionId,
    });
    const response = await post(app, revision);

    expect(response.statusCode).toBe(201);
    expect(response.json().replaces).toBe(original.submissionId);
  });

  it('refuses a revision of a report it never received with 422', async () => {
    const app = startServer();
    const revision = envelopeFor(completeAnswers(), {
      replaces: '0b9d2f53-6b1e-4c39-9a7e-2d7c4c1f0a11',
    });

    const response = await post(app, revision);

    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      error: 'unknown-replaced-submission',
      errors: [{ path: '/replaces' }],
    });
  });

  it('keeps stored reports after the server is closed and started again', async () => {
    const config = testConfig();
    const first = startServer(config);
    const envelope = envelopeFor();
    const receipt = (await post(first, envelope)).json();
    await first.close();

    const second = startServer(config);
    const stored = await second.inject({
      url: `/api/submissions/${envelope.submissionId}`,
      headers: bearer(),
    });

    expect(stored.statusCode).toBe(200);
    expect(stored.json().receivedAt).toBe(receipt.receivedAt);
    expect((await post(second, envelope)).json().duplicate).toBe(true);
  });
});
