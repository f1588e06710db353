import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  SubmissionConflictError,
  UnknownReplacedSubmissionError,
} from '../../src/server/errors';
import type { NewSubmission } from '../../src/server/storage/types';
import { openStore } from './sqlite-stores';
import { tempDir } from './temp-dir';

function submission(overrides: Partial<NewSubmission> = {}): NewSubmission {
  return {
    submissionId: 'a1',
    formId: 'bao-cao',
    formVersion: '2015',
    schemaId: 'urn:bieu-mau:bao-cao:2015',
    year: '2015',
    agency: 'UBND xã Tân Phú',
    bodyHash: 'hash-a1',
    bodyJson: '{"answers":{}}',
    receivedAt: '2026-12-04T07:00:00.000Z',
    ...overrides,
  };
}

describe('SQLite submission store', () => {
  it('creates the data folder and stores a report that get returns whole', async () => {
    const dir = path.join(tempDir(), 'nested', 'data');
    const store = openStore(dir);

    const result = await store.put(submission());

    expect(result).toEqual({
      created: true,
      receipt: {
        submissionId: 'a1',
        receivedAt: '2026-12-04T07:00:00.000Z',
        formId: 'bao-cao',
        formVersion: '2015',
      },
    });
    expect(await store.get('a1')).toMatchObject({
      agency: 'UBND xã Tân Phú',
      bodyJson: '{"answers":{}}',
    });
  });

  it('returns the first receipt, not a new one, for the same id and hash', async () => {
    const store = openStore(tempDir());
    await store.put(submission());

    const again = await store.put(
      submission({ receivedAt: '2026-12-05T00:00:00.000Z' }),
    );

    expect(again.created).toBe(false);
    expect(again.receipt.receivedAt).toBe('2026-12-04T07:00:00.000Z');
  });

  it('refuses the same id with a different body and keeps the original', async () => {
    const store = openStore(tempDir());
    await store.put(submission());

    await expect(
      store.put(submission({ bodyHash: 'other', bodyJson: '{"x":1}' })),
    ).rejects.toBeInstanceOf(SubmissionConflictError);
    expect((await store.get('a1'))?.bodyJson).toBe('{"answers":{}}');
  });

  it('stores a revision only when the report it replaces exists', async () => {
    const store = openStore(tempDir());
    await expect(
      store.put(submission({ submissionId: 'b', replaces: 'missing' })),
    ).rejects.toBeInstanceOf(UnknownReplacedSubmissionError);

    await store.put(submission());
    const revision = await store.put(
      submission({ submissionId: 'b', bodyHash: 'h-b', replaces: 'a1' }),
    );

    expect(revision.receipt.replaces).toBe('a1');
    expect(await store.get('missing')).toBeUndefined();
  });

  it('filters the list by form, version, year and agency, oldest first', async () => {
    const store = openStore(tempDir());
    await store.put(submission({ submissionId: 'x', year: '2016' }));
    await store.put(submission({ submissionId: 'y', agency: 'Sở Nội vụ' }));
    await store.put(submission({ submissionId: 'z', formVersion: '2020' }));

    const ids = async (filter: object) =>
      (await store.list(filter)).map((s) => s.submissionId);

    expect(await ids({})).toEqual(['x', 'y', 'z']);
    expect(await ids({ year: '2016' })).toEqual(['x']);
    expect(await ids({ agency: 'Sở Nội vụ' })).toEqual(['y']);
    expect(await ids({ formId: 'bao-cao', formVersion: '2020' })).toEqual([
      'z',
    ]);
    expect(await ids({ limit: 1, offset: 1 })).toEqual(['y']);
  });

  it('keeps every report after closing and reopening the same file', async () => {
    const dir = tempDir();
    const first = openStore(dir);
    await first.put(submission());
    await first.close();

    const reopened = openStore(dir);

    expect((await reopened.list({})).map((s) => s.submissionId)).toEqual([
      'a1',
    ]);
  });

  it('marks the schema version and leaves the file in WAL mode', async () => {
    const dir = tempDir();
    await openStore(dir).close();

    const db = new Database(path.join(dir, 'submissions.db'));
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(1);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
  });
});
