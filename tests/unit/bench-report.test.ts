import { describe, expect, it } from 'vitest';
import { renderTable, verdict } from '../../bench/report';
import type { Row } from '../../bench/rows';

const half = { kind: 'ratio', max: 0.5 } as const;

function row(oursMs: number, baseline: Row['baseline']): Row {
  return {
    figure: '10×: all sections painted',
    unit: 'ms',
    ours: { median: oursMs, p95: oursMs, runs: 2 },
    baseline,
    target: half,
  };
}

describe('the bench report', () => {
  it('judges the ratio against a baseline that did not finish', () => {
    const unfinished = { median: NaN, p95: NaN, runs: 0, atLeast: 120_000 };
    const fast = row(1_459, unfinished);
    expect(verdict(fast)).toBe('yes');
    expect(renderTable([fast])).toContain(
      '| > 120000 ms (did not finish) | < 0.01 |',
    );
    // Slower than half the bound proves nothing, so it is not counted met.
    expect(verdict(row(70_000, unfinished))).toBe('NO');
  });

  it('leaves a baseline with neither runs nor bound unjudged', () => {
    const missing = row(1_459, { median: NaN, p95: NaN, runs: 0 });
    expect(verdict(missing)).toBe('n/a');
    expect(renderTable([missing])).toContain('| not measured | n/a |');
  });
});
