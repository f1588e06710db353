import { describe, expect, it } from 'vitest';
import { createTokenFailures } from '../../src/server/token-failures';
import { ADMIN_TOKEN, bearer, startServer, testConfig } from './test-server';

const WRONG = 'sai-ma-quan-tri-doan-thu-0123456789';

async function timedList(
  app: ReturnType<typeof startServer>,
  token: string,
  remoteAddress = '127.0.0.1',
) {
  const started = performance.now();
  const response = await app.inject({
    url: '/api/submissions',
    headers: bearer(token),
    remoteAddress,
  });
  return { response, ms: performance.now() - started };
}

describe('wrong admin tokens', () => {
  it('are answered ever more slowly after three, other addresses unaffected, never logging the token', async () => {
    const lines: string[] = [];
    const logger = {
      level: 'info',
      stream: { write: (l: string) => lines.push(l) },
    };
    const app = startServer(testConfig(), { logger });

    const times: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) {
      const { response, ms } = await timedList(app, WRONG);
      expect(response.statusCode).toBe(401);
      times.push(ms);
    }
    const other = await timedList(app, WRONG, '10.0.0.7');

    // The delays chosen are read from the log; only the lower bounds are
    // timed, since a busy machine can make any request slow.
    const warnings = lines.filter((l) => l.includes('wrong admin token'));
    expect(warnings).toHaveLength(6);
    const delays = warnings.map((l) => JSON.parse(l).delayMs);
    expect(delays).toEqual([0, 0, 0, 250, 500, 0]);
    expect(times[3]).toBeGreaterThanOrEqual(240);
    expect(times[4]).toBeGreaterThanOrEqual(490);
    expect(other.response.statusCode).toBe(401);
    expect(lines.join('')).not.toContain(WRONG);
  });

  it('lock the address out with 429, even for the right token, while others get in', async () => {
    const policy = {
      freeFailures: 1,
      firstDelayMs: 1,
      maxDelayMs: 5,
      lockoutAfter: 5,
      windowMs: 60_000,
      maxAddresses: 100,
    };
    const app = startServer(testConfig(), { tokenFailurePolicy: policy });

    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await timedList(app, WRONG)).response.statusCode).toBe(401);
    }
    const locked = (await timedList(app, ADMIN_TOKEN)).response;
    const elsewhere = (await timedList(app, ADMIN_TOKEN, '10.0.0.8')).response;

    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({
      error: 'too-many-attempts',
      message: expect.stringContaining('Hãy chờ 1 phút'),
    });
    expect(elsewhere.statusCode).toBe(200);
  });
});

describe('the failure record', () => {
  it('remembers a bounded number of addresses, dropping the longest quiet', () => {
    const failures = createTokenFailures({
      freeFailures: 0,
      firstDelayMs: 1,
      maxDelayMs: 1,
      lockoutAfter: 2,
      windowMs: 60_000,
      maxAddresses: 3,
    });

    for (let n = 0; n < 1000; n++) failures.fail(`10.0.${n >> 8}.${n & 255}`);
    failures.fail('10.0.3.231');

    expect(failures.size()).toBe(3);
    expect(failures.isLockedOut('10.0.3.231')).toBe(true);
    expect(failures.isLockedOut('10.0.0.0')).toBe(false);
  });

  it('forgets an address a window after its last failure, and doubles the wait up to the cap', () => {
    let now = 0;
    const failures = createTokenFailures(
      {
        freeFailures: 2,
        firstDelayMs: 100,
        maxDelayMs: 300,
        lockoutAfter: 10,
        windowMs: 1000,
        maxAddresses: 10,
      },
      () => now,
    );

    const delays = [1, 2, 3, 4, 5].map(() => failures.fail('a').delayMs);
    now = 1001;

    expect(delays).toEqual([0, 0, 100, 200, 300]);
    expect(failures.fail('a')).toEqual({ failures: 1, delayMs: 0 });
  });
});
