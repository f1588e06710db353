import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAppServer, type AppServer } from './app-server';
import { chromiumVersion } from './browser';
import { buildBoth } from './build';
import { describeMachine } from './machine';
import { measureBaselineOnce } from './measure-baseline';
import { measureOursOnce } from './measure-ours';
import { measureServer } from './measure-server';
import { parseOptions, type BenchOptions } from './options';
import { renderReport, renderTable } from './report';
import { pageRows, serverRows, type Row, type WorkloadRuns } from './rows';
import { startStaticServer } from './static-server';
import { sampleEnvelope } from './envelope';
import { prepareWorkloads, type Workload } from './workload';

const repoDir = join(import.meta.dirname, '..');

interface Servers {
  app: AppServer;
  baseline: { server: Server; origin: string };
}

async function measureWorkload(
  servers: Servers,
  workload: Workload,
  options: BenchOptions,
  notes: string[],
): Promise<WorkloadRuns> {
  const runs: WorkloadRuns = { name: workload.name, ours: [], baseline: [] };
  for (let index = 0; index < options.runs; index += 1) {
    console.log(`  ${workload.name}: run ${index + 1} of ${options.runs}`);
    // Alternate the order so neither page always runs on a warmer machine.
    const pages = [
      async () =>
        runs.ours.push(await measureOursOnce(servers.app.origin, workload)),
      async () =>
        runs.baseline.push(
          await measureBaselineOnce(servers.baseline.origin, workload),
        ),
    ];
    for (const page of index % 2 === 0 ? pages : pages.reverse()) await page();
  }
  const problems = new Set([
    ...runs.ours.flatMap((run) => run.problems.map((p) => `ours, ${p}`)),
    ...runs.baseline.flatMap((run) =>
      run.problems.map((p) => `baseline, ${p}`),
    ),
  ]);
  for (const problem of problems) notes.push(`${workload.name}: ${problem}`);

  return runs;
}

async function measureAll(
  options: BenchOptions,
  workDir: string,
  notes: string[],
): Promise<Row[]> {
  const workloads = await prepareWorkloads(
    join(repoDir, 'forms'),
    workDir,
    options.tenfold,
  );
  const app = await startAppServer(
    repoDir,
    join(workDir, 'forms'),
    join(workDir, 'data'),
  );
  const baseline = await startStaticServer({
    '/': join(repoDir, 'dist-bench'),
    '/forms/': join(workDir, 'forms'),
    '/bench-answers/': join(workDir, 'bench-answers'),
  });
  const rows: Row[] = [];
  try {
    for (const workload of workloads) {
      const runs = await measureWorkload(
        { app, baseline },
        workload,
        options,
        notes,
      );
      rows.push(...pageRows(runs, workload === workloads[0]));
    }
    rows.push(
      ...(await serverStep(app, workDir, workloads[0], options, notes)),
    );
  } finally {
    await app.stop();
    baseline.server.close();
  }

  return rows;
}

async function serverStep(
  app: AppServer,
  workDir: string,
  workload: Workload,
  options: BenchOptions,
  notes: string[],
): Promise<Row[]> {
  console.log('  server load');
  const server = await measureServer(
    repoDir,
    workDir,
    app.origin,
    sampleEnvelope(workload),
    options.short,
  );
  notes.push(...serverNotes(server));

  return serverRows(server);
}

/** `--only=server`: the server step alone, printed, BENCHMARKS.md kept. */
async function measureServerOnly(options: BenchOptions, workDir: string) {
  const [workload] = await prepareWorkloads(
    join(repoDir, 'forms'),
    workDir,
    false,
  );
  const app = await startAppServer(
    repoDir,
    join(workDir, 'forms'),
    join(workDir, 'data'),
  );
  const notes: string[] = [];
  try {
    const rows = await serverStep(app, workDir, workload, options, notes);
    console.log(`\n${renderTable(rows)}\n`);
    for (const note of notes) console.log(`note: ${note}`);
  } finally {
    await app.stop();
  }
}

function serverNotes(server: Awaited<ReturnType<typeof measureServer>>) {
  const statuses = (s: Record<string, number>) => JSON.stringify(s);

  return [
    ...server.closed.map(
      (round, index) =>
        `server closed loop, round ${index + 1}: ${round.sent} sent in ${round.elapsedMs} ms, statuses ${statuses(round.statuses)}`,
    ),
    `server open loop: ${server.open.sent} sent, statuses ${statuses(server.open.statuses)}`,
  ];
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const workDir = await mkdtemp(join(tmpdir(), 'bieu-mau-bench-work-'));
  const notes: string[] = [];
  try {
    if (options.onlyServer) return await measureServerOnly(options, workDir);
    if (!options.skipBuild) {
      console.log('Building the app and the baseline page…');
      await buildBoth(repoDir);
    }
    const chromium = await chromiumVersion();
    console.log('Measuring…');
    const rows = await measureAll(options, workDir, notes);
    const measured = rows.filter((row) => row.ours.runs > 0).length;
    if (measured === 0) throw new Error('no figure could be measured');
    const report = renderReport(rows, {
      machine: describeMachine(),
      chromium,
      date: new Date().toISOString(),
      mode: options.short ? 'short' : 'full',
      runs: options.runs,
      notes,
    });
    await writeFile(join(repoDir, 'BENCHMARKS.md'), report);
    console.log(`\n${renderTable(rows)}\n`);
    for (const note of notes) console.log(`note: ${note}`);
    console.log(
      `Wrote BENCHMARKS.md in ${Math.round((Date.now() - started) / 1000)} s.`,
    );
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`The benchmark could not measure: ${String(error)}`);
  process.exit(1);
});
