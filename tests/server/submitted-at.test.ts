import { describe, expect, it } from 'vitest';
import { envelopeFor, startServer, testConfig } from './test-server';

const serverNow = new Date('2026-12-04T08:00:00Z');

async function send(submittedAt: string) {
  const app = startServer(testConfig(), { now: () => serverNow });
  return app.inject({
    method: 'POST',
    url: '/api/submissions',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify(envelopeFor(undefined, { submittedAt })),
  });
}

describe('the moment a report says it was sent', () => {
  it.each([
    ['year 9999', '9999-12-31T23:59:59+07:00'],
    ['two days ahead of the server', '2026-12-06T08:00:01Z'],
    ['before 2000', '1999-12-31T23:59:59Z'],
  ])('is refused with 400 at /submittedAt when in %s', async (_name, at) => {
    const response = await send(at);

    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error).toBe('invalid-envelope');
    expect(body.message).toContain('ngày giờ của máy tính');
    expect(body.errors).toEqual([
      { path: '/submittedAt', message: expect.any(String) },
    ]);
  });

  it.each([
    ['just now in Hanoi time', '2026-12-04T15:00:00+07:00'],
    ['a few hours ahead (a drifting clock)', '2026-12-05T02:00:00Z'],
    ['in 2015', '2015-12-31T10:00:00+07:00'],
  ])('is accepted when %s', async (_name, at) => {
    expect((await send(at)).statusCode).toBe(201);
  });
});
