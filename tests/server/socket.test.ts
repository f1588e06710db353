import { describe, expect, it } from 'vitest';
import { envelopeFor, startServer } from './test-server';

describe('over a real socket', () => {
  it('listens on a free loopback port and stores a report sent with fetch', async () => {
    const app = startServer();
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const envelope = envelopeFor();

    const sent = await fetch(`${base}/api/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(envelope),
    });
    const resent = await fetch(`${base}/api/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(envelope),
    });
    const health = await fetch(`${base}/healthz`);

    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sent.status).toBe(201);
    expect(resent.status).toBe(200);
    expect((await resent.json()).duplicate).toBe(true);
    expect(await health.json()).toEqual({ ok: true });
  });
});
