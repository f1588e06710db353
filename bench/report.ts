import type { Machine } from './machine';
import type { Row, Target } from './rows';
import type { Summary } from './stats';

/** Header facts printed above the table. */
export interface ReportContext {
  machine: Machine;
  chromium: string;
  date: string;
  mode: string;
  runs: number;
  notes: string[];
}

function number(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (Math.abs(value) >= 100) return value.toFixed(0);

  return value.toFixed(value >= 10 ? 1 : 2);
}

function pair(summary: Summary | undefined, unit: string): string {
  if (!summary) return '—';
  if (summary.runs === 0 && summary.atLeast !== undefined) {
    return `> ${number(summary.atLeast)} ${unit} (did not finish)`;
  }
  if (summary.runs === 0) return 'not measured';

  return `${number(summary.median)} / ${number(summary.p95)} ${unit}`.trim();
}

// Against a baseline known only to exceed a bound, the ratio is at most
// ours / bound.
function ratio(row: Row): number {
  const baseline = row.baseline;
  if (!baseline) return NaN;
  if (baseline.runs === 0 && baseline.atLeast !== undefined) {
    return row.ours.median / baseline.atLeast;
  }

  return row.ours.median / baseline.median;
}

function ratioText(row: Row): string {
  if (!row.baseline) return '—';
  const bounded = row.baseline.runs === 0 && row.baseline.atLeast;

  return `${bounded ? '< ' : ''}${number(ratio(row))}`;
}

function describeTarget(target: Target, unit: string): string {
  switch (target.kind) {
    case 'ratio':
      return `≤ ${target.max}× baseline`;
    case 'at-most':
      return `${target.of} ≤ ${target.max} ${unit}`;
    case 'at-least':
      return `${target.of} ≥ ${target.min} ${unit}`;
    case 'none':
      return '—';
  }
}

/** 'yes', 'NO', '—' (no target) or 'n/a' (not measured). */
export function verdict(row: Row): string {
  const { target } = row;
  if (target.kind === 'none') return '—';
  const value = target.kind === 'ratio' ? ratio(row) : row.ours[target.of];
  if (!Number.isFinite(value)) return 'n/a';
  const met =
    target.kind === 'at-least' ? value >= target.min : value <= target.max;

  return met ? 'yes' : 'NO';
}

/** Call once with every row: the Markdown table both printed and saved. */
export function renderTable(rows: Row[]): string {
  const lines = [
    '| figure | ours median / p95 | baseline median / p95 | ratio | target | met? |',
    '|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const cells = [
      row.figure,
      pair(row.ours, row.unit),
      pair(row.baseline, row.unit),
      ratioText(row),
      describeTarget(row.target, row.unit),
      verdict(row),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }

  return lines.join('\n');
}

/** Call to build BENCHMARKS.md from the table and the run's context. */
export function renderReport(rows: Row[], context: ReportContext): string {
  const { machine } = context;

  return [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (do not edit by hand; rerun it).',
    '',
    `- Date: ${context.date}`,
    `- Mode: ${context.mode}, ${context.runs} browser runs per page and workload`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}`,
    `- Browser: ${context.chromium}, headless, software rendering`,
    '',
    renderTable(rows),
    '',
    '## How to read it',
    '',
    '- Baseline: stock `<JsonForms>` with `materialRenderers`/`materialCells`',
    "  and the definition's own UI schema, loading the same files over HTTP",
    '  (`bench/baseline/`). Its Categorization shows one tab at a time; for',
    '  "all sections" its categories become Groups in one column.',
    '- Ours: the fill page `#/dien/<id>` and the print view `#/in/<id>`, with',
    '  the same answers stored in the draft first.',
    '- Paint times run from navigation start, cold (fresh profile, empty HTTP',
    "  cache), to the frame after the section's last label appeared.",
    '- Keystroke figures pool every key of every run (30 per field and run);',
    '  frame gaps are one value per field and run.',
    '- Code bytes: every script and style sheet the page loaded, gzip -9;',
    "  ours also counts the version's validators generated ahead of time",
    '  (`precompiled-*.json`), which are code the page runs.',
    '- Ratio = ours median / baseline median.',
    '- Server: a second process posts distinct valid 2015 reports on',
    '  loopback; each 201 comes after the SQLite commit. Throughput is',
    '  the median of the closed-loop rounds (3 short, 5 full) after one',
    '  uncounted second of warm-up; p99 is from one open loop at 500/s.',
    ...(context.notes.length > 0
      ? [
          '',
          '## Notes from this run',
          '',
          ...context.notes.map((n) => `- ${n}`),
        ]
      : []),
    '',
  ].join('\n');
}
