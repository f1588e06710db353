import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  SubmissionConflictError,
  UnknownReplacedSubmissionError,
} from '../../src/server/errors';
import type { NewSubmission } from '../../src/server/storage/types';
import { bearer, envelopeFor, startServer } from './test-server';
import { openStore } from './sqlite-stores';
import { tempDir } from './temp-dir';

function submission(id: string, bodyHash = `hash-${id}`): NewSubmission {
  return {
    submissionId: id,
    formId: 'bao-cao',
    formVersion: '2015',
    schemaId: 'urn:bieu-mau:bao-cao:2015',
    bodyHash,
    bodyJson: `{"id":"${id}"}`,
    receivedAt: '2026-12-04T07:00:00.000Z',
  };
}

describe('group commit in the SQLite store', () => {
  it('stores every report put in the same turn, each readable from another connection once its put resolves', async () => {
    const dir = tempDir();
    const store = openStore(dir);
    const reader = new Database(path.join(dir, 'submissions.db'), {
      readonly: true,
    });
    const seen: boolean[] = [];
    const ids = Array.from({ length: 40 }, (_, i) => `r${i}`);

    await Promise.all(
      ids.map(async (id) => {
        await store.put(submission(id));
        const row = reader.prepare('SELECT id FROM submissions WHERE id = ?');
        seen.push(row.get(id) !== undefined);
      }),
    );
    reader.close();

    expect(seen).toEqual(ids.map(() => true));
  });

  it('treats a second put of the same report in one batch as a duplicate of the first', async () => {
    const store = openStore();

    const [first, second] = await Promise.all([
      store.put(submission('a1')),
      store.put({ ...submission('a1'), receivedAt: '2027-01-01T00:00:00Z' }),
    ]);

    expect(first.created).toBe(true);
    expect(second).toEqual({ created: false, receipt: first.receipt });
    expect(second.receipt.receivedAt).toBe('2026-12-04T07:00:00.000Z');
  });

  it('refuses only the conflicting or unknown-replacement report of a batch and keeps the rest', async () => {
    const store = openStore();

    const results = await Promise.allSettled([
      store.put(submission('a1')),
      store.put(submission('a1', 'other-content')),
      store.put({ ...submission('b1'), replaces: 'missing' }),
      store.put(submission('c1')),
    ]);

    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    const reasons = results.map((r) =>
      r.status === 'rejected' ? r.reason : undefined,
    );
    expect(reasons[1]).toBeInstanceOf(SubmissionConflictError);
    expect(reasons[2]).toBeInstanceOf(UnknownReplacedSubmissionError);
    expect((await store.get('a1'))?.bodyHash).toBe('hash-a1');
    expect(await store.get('b1')).toBeUndefined();
    expect(await store.get('c1')).toBeDefined();
  });

  it('lets a report replace one stored earlier in the same batch', async () => {
    const store = openStore();

    const [, revision] = await Promise.all([
      store.put(submission('goc')),
      store.put({ ...submission('sua'), replaces: 'goc' }),
    ]);

    expect(revision.receipt.replaces).toBe('goc');
  });

  it('rejects every report of a batch whose commit fails, so each is retried', async () => {
    const store = openStore();
    await store.close();

    const results = await Promise.allSettled([
      store.put(submission('x1')),
      store.put(submission('x2')),
    ]);

    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});

describe('POST /api/submissions sent many times at once', () => {
  it('stores one report once when the same send arrives 12 times together', async () => {
    const app = startServer();
    const envelope = envelopeFor();

    const responses = await Promise.all(
      Array.from({ length: 12 }, () =>
        app.inject({
          method: 'POST',
          url: '/api/submissions',
          payload: envelope,
        }),
      ),
    );

    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([...Array(11).fill(200), 201]);
    const receipts = responses.map((r) => r.json().receivedAt);
    expect(new Set(receipts).size).toBe(1);
  });

  it('answers 409 to a different report sent together under the same id, keeping the first', async () => {
    const app = startServer();
    const first = envelopeFor();
    const changed = structuredClone(first);
    (
      changed.answers as { generalInfo: { staffTotal: number } }
    ).generalInfo.staffTotal = 49;

    const responses = await Promise.all(
      [first, changed].map((payload) =>
        app.inject({ method: 'POST', url: '/api/submissions', payload }),
      ),
    );

    const statuses = responses.map((r) => r.statusCode);
    expect([...statuses].sort()).toEqual([201, 409]);
    const refused = responses[statuses.indexOf(409)].json();
    expect(refused.error).toBe('submission-conflict');
    const kept = [first, changed][statuses.indexOf(201)];
    const stored = await app.inject({
      url: `/api/submissions/${first.submissionId}`,
      headers: bearer(),
    });
    expect(stored.json().envelope.answers.generalInfo.staffTotal).toBe(
      (kept.answers as { generalInfo: { staffTotal: number } }).generalInfo
        .staffTotal,
    );
  });
});
