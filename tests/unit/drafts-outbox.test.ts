import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDraftDb, type DraftDb } from '../../src/drafts/draft-db';
import { createDraftStore } from '../../src/drafts/draft-store';
import { enqueue, listOutbox } from '../../src/drafts/outbox';
import { backoffDelay } from '../../src/drafts/outbox-backoff';
import { startOutboxSender } from '../../src/drafts/outbox-sender';
import type { DraftStore } from '../../src/drafts/types';

interface Reply {
  status: number;
  body: unknown;
}

let db: DraftDb;
let store: DraftStore;
let server: Server;
let endpoint: string;
let replies: Reply[];
let received: unknown[];

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openDraftDb();
  store = createDraftStore(db);
  replies = [];
  received = [];
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push(JSON.parse(body));
      const reply = replies.shift() ?? { status: 500, body: {} };
      response.writeHead(reply.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/submissions`;
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  db.close();
});

async function queuedDraft() {
  const draft = await store.create({ formId: 'f', formVersion: '2015' });
  const envelope = {
    submissionId: 'a3d5c8e0-0000-4000-8000-000000000001',
    formId: 'f',
    formVersion: '2015',
    answers: { staff: 3 },
  };
  await enqueue(envelope, draft.id, db);

  return { draft, envelope };
}

describe('outbox sender', () => {
  it('marks the draft queued as the report enters the outbox', async () => {
    const { draft } = await queuedDraft();

    expect((await store.get(draft.id))?.status).toBe('queued');
    expect(await listOutbox(db)).toHaveLength(1);
  });

  it('retries after server errors with the same submission id, then keeps the receipt', async () => {
    const { draft, envelope } = await queuedDraft();
    replies.push(
      { status: 503, body: { message: 'bận' } },
      { status: 500, body: {} },
      { status: 201, body: { receiptNumber: 'BM-2025-0001' } },
    );
    // Starting sends once; sendNow waits for that pass, then tries again.
    const sender = startOutboxSender({ endpoint, db, random: () => 0.5 });
    await sender.sendNow();
    const afterTwoFailures = (await listOutbox(db))[0];
    await sender.sendNow();
    sender.stop();

    expect(afterTwoFailures.attempts).toBe(2);
    expect(afterTwoFailures.lastError).toMatch(/mã 500.*sẽ tự gửi lại/);
    expect(received).toHaveLength(3);
    expect(
      received.every(
        (body) => JSON.stringify(body) === JSON.stringify(envelope),
      ),
    ).toBe(true);
    const submitted = await store.get(draft.id);
    expect(submitted?.status).toBe('submitted');
    expect(submitted?.receipt).toEqual({ receiptNumber: 'BM-2025-0001' });
    expect(await listOutbox(db)).toEqual([]);
  });

  it('stops retrying a refused report and shows the server’s own words', async () => {
    const { draft } = await queuedDraft();
    replies.push({
      status: 422,
      body: {
        errors: [{ path: '/staff', message: 'Số cán bộ phải là số nguyên' }],
      },
    });
    const sender = startOutboxSender({ endpoint, db });

    await sender.sendNow();
    await sender.sendNow();
    sender.stop();

    expect(received).toHaveLength(1);
    const [failed] = await listOutbox(db);
    expect(failed.state).toBe('failed');
    expect(failed.errors).toEqual(['Số cán bộ phải là số nguyên']);
    expect((await store.get(draft.id))?.status).toBe('draft');
  });

  it('treats an unreachable server as a passing problem and keeps the report', async () => {
    await queuedDraft();
    await new Promise((resolve) => server.close(resolve));
    server = createServer();
    const sender = startOutboxSender({ endpoint, db, now: () => 1_000 });

    await sender.sendNow();
    sender.stop();

    const [waiting] = await listOutbox(db);
    expect(waiting.state).toBe('waiting');
    expect(waiting.lastError).toMatch(/không kết nối được máy chủ/);
    expect(waiting.nextAttemptAt).toBeGreaterThan(1_000);
  });
});

describe('backoff', () => {
  it('doubles the wait after each failure up to fifteen minutes', () => {
    const middle = () => 0.5;
    const waits = [1, 2, 3, 4, 20].map((n) => backoffDelay(n, middle));

    expect(waits.slice(0, 4)).toEqual([3750, 7500, 15000, 30000]);
    expect(waits[4]).toBe(15 * 60_000 * 0.75);
  });

  it('spreads retries between half and all of the wait', () => {
    expect(backoffDelay(3, () => 0)).toBe(10_000);
    expect(backoffDelay(3, () => 0.999_999)).toBeLessThanOrEqual(20_000);
  });
});
