import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/storage/open-database';
import { retryWhileBusy } from '../../src/server/storage/busy-retry';
import { tempDir } from './temp-dir';

/** Two connections to one new file, as two server processes have. */
function twoWriters() {
  const dataDir = tempDir();
  const holder = openDatabase(dataDir);
  const writer = openDatabase(dataDir, { migrateSchema: false });
  writer.pragma('busy_timeout = 0');

  return { holder, writer };
}

const insertRow = `INSERT INTO submissions (id, form_id, form_version,
  schema_id, body_hash, body_json, received_at)
  VALUES ('a1', 'f', '1', 'urn:x', 'h', '{}', '2026-12-04T00:00:00Z')`;

describe('writing while another process holds the write lock', () => {
  it('retries until the lock is free, then writes once', () => {
    const { holder, writer } = twoWriters();
    holder.exec('BEGIN IMMEDIATE');
    let attempts = 0;
    const write = retryWhileBusy(() => {
      attempts += 1;
      // The other process ends its transaction while this one waits.
      if (attempts === 3) holder.exec('COMMIT');
      writer.transaction(() => writer.exec(insertRow)).immediate();
    });

    write(undefined);

    expect(attempts).toBe(3);
    const count = writer.prepare('SELECT count(*) AS n FROM submissions');
    expect(count.get()).toEqual({ n: 1 });
    holder.close();
    writer.close();
  });

  it('gives any other failure back at once', () => {
    const { holder, writer } = twoWriters();
    writer.exec(insertRow);
    let attempts = 0;
    const write = retryWhileBusy(() => {
      attempts += 1;
      writer.exec(insertRow);
    });

    expect(() => write(undefined)).toThrow(/UNIQUE/);
    expect(attempts).toBe(1);
    holder.close();
    writer.close();
  });
});
