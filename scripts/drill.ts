import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { sampleEnvelopes } from '../src/server/testing/envelopes';
import { runPool } from '../src/server/testing/load';
import { sendReport } from '../src/server/testing/send-report';
import {
  freePort,
  startServerProcess,
  type ServerProcess,
} from '../src/server/testing/server-process';

// npm run drill -- --count 1000: send reports while the server is killed
// (SIGKILL) and restarted and requests are cut off, then prove every report
// is stored exactly once.

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '8' },
    'kill-every': { type: 'string', default: '2000' },
    'abort-chance': { type: 'string', default: '0.05' },
    'max-seconds': { type: 'string', default: '600' },
  },
});
const count = Number(values.count);
const concurrency = Number(values.concurrency);
const killEveryMs = Number(values['kill-every']);
const abortChance = Number(values['abort-chance']);
const deadline = Date.now() + Number(values['max-seconds']) * 1000;

const repoRoot = path.resolve(import.meta.dirname, '..');
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bieu-mau-drill-'));
const adminToken = `drill-${crypto.randomUUID()}`;
const serverOptions = {
  port: await freePort(),
  dataDir: path.join(workDir, 'data'),
  formsDir: path.join(repoRoot, 'forms'),
  staticDir: path.join(workDir, 'no-app'),
  adminToken,
};

let server: ServerProcess = await startServerProcess(serverOptions);
// Whatever ends the drill (error, Ctrl+C), the server it started goes too.
process.on('exit', () => server.child.kill('SIGKILL'));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => process.exit(130));
}
let kills = 0;
let sending = true;
let wakeKiller = () => {};

/** Kills the server at random moments and starts it again. */
async function killer(): Promise<void> {
  while (sending && Date.now() < deadline) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, killEveryMs * (0.5 + Math.random()));
      wakeKiller = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    if (!sending) break;
    server.child.kill('SIGKILL');
    await server.exited;
    kills++;
    server = await startServerProcess(serverOptions);
  }
}

const started = performance.now();
const envelopes = sampleEnvelopes(count);
const killing = killer();
const outcomes = await runPool(envelopes, concurrency, (envelope) =>
  sendReport(`http://127.0.0.1:${serverOptions.port}`, envelope, {
    abortChance,
    deadline,
  }),
);
sending = false;
wakeKiller();
await killing;
const elapsedSeconds = (performance.now() - started) / 1000;

const stored = await storedReports();
const sentIds = new Set<string>(envelopes.map((e) => e.submissionId));
const storedIds = stored.map((row) => row.id);
const storedIdSet = new Set(storedIds);
const missing = [...sentIds].filter((id) => !storedIdSet.has(id));
// Every envelope has its own agency name, so a repeated name means one
// report stored twice, even under two different ids.
const duplicates =
  storedIds.length -
  storedIdSet.size +
  (stored.length - new Set(stored.map((row) => row.agency)).size);
const strangers = storedIds.filter((id) => !sentIds.has(id)).length;
const wrongContent = stored.filter(
  (row) =>
    row.agency !==
    envelopes.find((e) => e.submissionId === row.id)?.answers.generalInfo
      .agencyName,
).length;
const refused = outcomes.filter((o) => o.status !== 201 && o.status !== 200);

const figures = {
  sent: count,
  attempts: sum(outcomes.map((o) => o.attempts)),
  retries: sum(outcomes.map((o) => o.attempts - 1)),
  abortedMidFlight: sum(outcomes.map((o) => o.aborted)),
  kills,
  acknowledgedFirstTime: outcomes.filter((o) => o.status === 201).length,
  acknowledgedAsDuplicate: outcomes.filter((o) => o.status === 200).length,
  notAcknowledged: refused.length,
  stored: storedIds.length,
  duplicates,
  missing: missing.length,
  wrongContent,
  strangers,
  elapsedSeconds: Number(elapsedSeconds.toFixed(1)),
  reportsPerSecond: Number((count / elapsedSeconds).toFixed(1)),
};
console.table(figures);
server.child.kill('SIGTERM');
await server.exited;
fs.rmSync(workDir, { recursive: true, force: true });

const failed =
  missing.length + duplicates + strangers + wrongContent + refused.length;
if (failed > 0) {
  for (const outcome of refused.slice(0, 5)) {
    console.error('Bị từ chối:', outcome.status, JSON.stringify(outcome.body));
  }
  console.error('Diễn tập THẤT BẠI: có báo cáo bị mất, trùng hoặc sai.');
  process.exit(1);
}
console.log('Diễn tập đạt: mọi báo cáo được lưu đúng một lần.');
process.exit(0);

/**
 * Every stored report, read both through the office API (what the office
 * sees) and straight from the SQLite file (what is on disk); they must agree.
 */
async function storedReports(): Promise<{ id: string; agency?: string }[]> {
  const response = await fetch(`${server.baseUrl}/api/submissions.csv`, {
    headers: { authorization: `Bearer ${adminToken}` },
  });
  const apiRows = (await response.text()).trim().split('\r\n').length - 1;
  const db = new Database(path.join(serverOptions.dataDir, 'submissions.db'), {
    readonly: true,
  });
  try {
    const rows = db.prepare('SELECT id, agency FROM submissions').all() as {
      id: string;
      agency?: string;
    }[];
    if (rows.length !== apiRows) {
      throw new Error(
        `API thấy ${apiRows} báo cáo nhưng tệp SQLite có ${rows.length}.`,
      );
    }
    return rows;
  } finally {
    db.close();
  }
}

function sum(numbers: number[]): number {
  return numbers.reduce((total, n) => total + n, 0);
}
