import type { ServerFigures } from './measure-server';
import type { FieldKind } from './measure-typing';
import type { PageRunFigures } from './page-figures';
import { percentile, summarise, type Summary } from './stats';

/** What a figure must reach; `of` says which statistic is compared. */
export type Target =
  | { kind: 'ratio'; max: number }
  | { kind: 'at-most'; max: number; of: 'median' | 'p95' }
  | { kind: 'at-least'; min: number; of: 'median' | 'p95' }
  | { kind: 'none' };

/** One line of the report table. */
export interface Row {
  figure: string;
  unit: string;
  ours: Summary;
  baseline?: Summary;
  target: Target;
}

/** Both pages' runs for one workload. */
export interface WorkloadRuns {
  name: string;
  ours: PageRunFigures[];
  baseline: PageRunFigures[];
}

const MIB = 1024 * 1024;
const KIB = 1024;
const KINDS: FieldKind[] = ['text', 'number', 'table'];

type Pick = (run: PageRunFigures) => number | number[] | undefined;

function collect(runs: PageRunFigures[], pick: Pick): Summary {
  return summarise(runs.flatMap((run) => pick(run) ?? NaN));
}

function pairRow(
  runs: WorkloadRuns,
  figure: string,
  unit: string,
  pick: Pick,
  target: Target,
): Row {
  return {
    figure: `${runs.name}: ${figure}`,
    unit,
    ours: collect(runs.ours, pick),
    baseline: collect(runs.baseline, pick),
    target,
  };
}

// A baseline that never finished still tells something: it took longer
// than it was given. Used only when none of its runs finished.
function withLowerBound(
  row: Row,
  runs: WorkloadRuns,
  bound: (run: PageRunFigures) => number | undefined,
): Row {
  if (!row.baseline || row.baseline.runs > 0) return row;
  const bounds = runs.baseline
    .map(bound)
    .filter((value): value is number => value !== undefined);
  if (bounds.length === 0) return row;

  return {
    ...row,
    baseline: { ...row.baseline, atLeast: Math.min(...bounds) },
  };
}

function typingRows(runs: WorkloadRuns, kind: FieldKind): Row[] {
  const keys = (run: PageRunFigures) => run.typing[kind]?.keystrokes ?? [];
  const gapTarget: Target = { kind: 'at-most', max: 17, of: 'p95' };

  return [
    pairRow(
      runs,
      `${kind} field, handler per key`,
      'ms',
      (run) => keys(run).map((key) => key.handlerMs),
      { kind: 'none' },
    ),
    pairRow(
      runs,
      `${kind} field, key to next paint`,
      'ms',
      (run) => keys(run).map((key) => key.nextPaintMs),
      { kind: 'none' },
    ),
    pairRow(
      runs,
      `${kind} field, longest frame gap`,
      'ms',
      (run) => run.typing[kind]?.longestFrameGapMs,
      gapTarget,
    ),
  ];
}

/** Call with every browser run of one workload; bytes only for the first. */
export function pageRows(runs: WorkloadRuns, withBytes: boolean): Row[] {
  const half: Target = { kind: 'ratio', max: 0.5 };
  const rows: Row[] = [
    pairRow(runs, 'first section painted', 'ms', (r) => r.firstSectionMs, half),
    withLowerBound(
      pairRow(runs, 'all sections painted', 'ms', (r) => r.allSectionsMs, half),
      runs,
      (r) => r.allSectionsAtLeastMs,
    ),
    pairRow(
      runs,
      'JS heap after GC, fill',
      'MiB',
      (r) => r.fillHeapBytes / MIB,
      half,
    ),
    pairRow(
      runs,
      'JS heap after GC, all',
      'MiB',
      (r) => r.allHeapBytes / MIB,
      half,
    ),
    pairRow(runs, 'DOM elements, fill', '', (r) => r.fillDomNodes, {
      kind: 'none',
    }),
    pairRow(runs, 'DOM elements, all', '', (r) => r.allDomNodes, {
      kind: 'none',
    }),
    ...KINDS.flatMap((kind) => typingRows(runs, kind)),
    {
      figure: `${runs.name}: autosave, main thread`,
      unit: 'ms',
      ours: collect(runs.ours, (r) => r.autosave?.mainThreadMs),
      target: { kind: 'at-most', max: 4, of: 'median' },
    },
    {
      figure: `${runs.name}: autosave, profiler window busy time`,
      unit: 'ms',
      ours: collect(runs.ours, (r) => r.autosave?.profileWindowMs),
      target: { kind: 'none' },
    },
    {
      figure: `${runs.name}: autosave, bieu-mau:autosave measure`,
      unit: 'ms',
      ours: collect(runs.ours, (r) => r.autosave?.measuredMs),
      target: { kind: 'none' },
    },
  ];
  if (!withBytes) return rows;

  return [
    ...rows,
    pairRow(
      runs,
      'fill page JS+CSS gzip',
      'KiB',
      (r) => r.fillBytesGzip / KIB,
      {
        kind: 'ratio',
        max: 0.75,
      },
    ),
    {
      figure: 'home page JS+CSS gzip',
      unit: 'KiB',
      ours: collect(runs.ours, (r) => (r.homeBytesGzip ?? NaN) / KIB),
      target: { kind: 'at-most', max: 120, of: 'median' },
    },
  ];
}

/** Call with the load results; one sample each, so median = p95. */
export function serverRows(server: ServerFigures): Row[] {
  const single = (value: number): Summary => ({
    median: value,
    p95: value,
    runs: 1,
  });

  return [
    {
      figure: 'server: accepted submissions/s (closed loop, 16 in flight)',
      unit: '/s',
      ours: summarise(server.acceptedPerSecond),
      target: { kind: 'at-least', min: 2000, of: 'median' },
    },
    {
      figure: 'server: p99 latency at 500/s (open loop)',
      unit: 'ms',
      ours: single(percentile(server.open.latenciesMs, 0.99)),
      target: { kind: 'at-most', max: 50, of: 'median' },
    },
  ];
}
