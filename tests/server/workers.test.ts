import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/server/config';
import { sampleEnvelopes } from '../../src/server/testing/envelopes';
import {
  freePort,
  startServerProcess,
  type ServerProcess,
} from '../../src/server/testing/server-process';
import { readWorkerCount } from '../../src/server/workers';
import { ADMIN_TOKEN } from './test-server';
import { tempDir } from './temp-dir';

const root = path.resolve(import.meta.dirname, '../..');
const started: ServerProcess[] = [];

afterEach(async () => {
  for (const server of started.splice(0)) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
  delete process.env.BIEU_MAU_WORKERS;
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function childPids(pid: number): Promise<number[]> {
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8');
  return text.trim().split(/\s+/).filter(Boolean).map(Number);
}

describe('BIEU_MAU_WORKERS', () => {
  it('accepts 1 to 16 and refuses anything else, saying what to set', () => {
    expect(readWorkerCount({ BIEU_MAU_WORKERS: '2' })).toBe(2);
    expect(readWorkerCount({})).toBeGreaterThanOrEqual(1);
    for (const raw of ['0', '17', 'hai', '1.5']) {
      expect(() => readWorkerCount({ BIEU_MAU_WORKERS: raw })).toThrow(
        ConfigError,
      );
    }
  });
});

describe('two server processes on one data folder', () => {
  it('store each report once, answer the same send from either process alike, and stop with their primary', async () => {
    process.env.BIEU_MAU_WORKERS = '2';
    const dataDir = path.join(tempDir(), 'data');
    const server = await startServerProcess({
      port: await freePort(),
      dataDir,
      formsDir: path.join(root, 'forms'),
      adminToken: ADMIN_TOKEN,
    });
    started.push(server);
    const workers = await childPids(server.child.pid!);
    const envelopes = sampleEnvelopes(30);
    const twice = [...envelopes, ...envelopes];
    const changed = { ...envelopes[0], draftId: randomUUID() };

    const statuses = await Promise.all(
      [...twice, changed].map(async (envelope) => {
        const response = await fetch(`${server.baseUrl}/api/submissions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(envelope),
        });
        await response.arrayBuffer();
        return response.status;
      }),
    );
    server.child.kill('SIGKILL');
    await server.exited;
    // A worker notices its primary is gone when their channel closes.
    const killedAt = Date.now();
    while (workers.some(isAlive) && Date.now() - killedAt < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    expect(workers).toHaveLength(2);
    expect(statuses.filter((s) => s === 201)).toHaveLength(30);
    expect(statuses.filter((s) => s === 200)).toHaveLength(30);
    expect(statuses.at(-1)).toBe(409);
    const db = new Database(path.join(dataDir, 'submissions.db'));
    const count = db.prepare('SELECT count(*) AS n FROM submissions').get();
    db.close();
    expect(count).toEqual({ n: 30 });
    expect(workers.filter(isAlive)).toEqual([]);
  }, 60_000);
});
