import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, vi } from 'vitest';
import { buildServer, type BuildOptions } from '../../src/server/app';
import type { ServerConfig } from '../../src/server/config';
import {
  completeAnswers,
  envelopeFor as sharedEnvelopeFor,
} from '../../src/server/testing/envelopes';
import { tempDir } from './temp-dir';

const root = path.resolve(import.meta.dirname, '../..');

// A new server checks and compiles the 2015 definition on its first report:
// a few seconds on a busy two-core machine, over vitest's 5 s default.
vi.setConfig({ testTimeout: 30_000 });
export const ADMIN_TOKEN = 'kiem-thu-ma-quan-tri-0123456789';
export const FORM_ID = 'bao-cao-ung-dung-cntt';

export { completeAnswers } from '../../src/server/testing/envelopes';

/** A version-1 envelope around `answers`, as the app's outbox sends it. */
export function envelopeFor(
  answers: unknown = completeAnswers(),
  overrides: Record<string, unknown> = {},
) {
  return sharedEnvelopeFor(answers, { draftId: 'ban-nhap-1', ...overrides });
}

/**
 * Temp folders for one server: a copy of the repository's forms (so a test
 * may edit it), a data folder and a tiny built app.
 */
export function testConfig(overrides: Partial<ServerConfig> = {}) {
  const dir = tempDir();
  const formsDir = path.join(dir, 'forms');
  fs.cpSync(path.join(root, 'forms'), formsDir, { recursive: true });
  const staticDir = path.join(dir, 'dist');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<p>Biểu mẫu</p>');
  fs.writeFileSync(path.join(staticDir, 'sw.js'), '// service worker');
  fs.writeFileSync(path.join(staticDir, 'assets/app-3f9a.js'), 'void 0;');

  return {
    port: 0,
    host: '127.0.0.1',
    formsDir,
    dataDir: path.join(dir, 'data'),
    staticDir,
    adminToken: ADMIN_TOKEN,
    bodyLimit: 2 * 1024 * 1024,
    ...overrides,
  } satisfies ServerConfig;
}

const running: FastifyInstance[] = [];

/** A server over real temp folders and SQLite, closed after the test. */
export function startServer(
  config: ServerConfig = testConfig(),
  options: BuildOptions = {},
): FastifyInstance {
  const app = buildServer(config, options);
  running.push(app);
  return app;
}

afterEach(async () => {
  for (const app of running.splice(0)) await app.close();
});

export const bearer = (token = ADMIN_TOKEN) => ({
  authorization: `Bearer ${token}`,
});
