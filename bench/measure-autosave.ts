import type { CDPSession, Page } from 'playwright-core';

/** One autosave of the whole report after a keystroke. */
export interface AutosaveRun {
  /** The app's own `bieu-mau:autosave` User Timing measure (wall time). */
  measuredMs: number;
  /**
   * The app's `bieu-mau:autosave-main-thread` measure: the sum of the save's
   * own synchronous slices (before its first await, the IndexedDB puts that
   * clone the report, and what runs after the commit).
   */
  mainThreadMs: number;
  /**
   * CPU-profiler time the main thread was busy in a window around that
   * save; it also counts re-renders and garbage collection meanwhile.
   */
  profileWindowMs: number;
}

const MEASURE = 'bieu-mau:autosave';
const MAIN_THREAD_MEASURE = 'bieu-mau:autosave-main-thread';

function countMeasures(page: Page): Promise<number> {
  return page.evaluate(
    (name) => performance.getEntriesByName(name, 'measure').length,
    MEASURE,
  );
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string };
}

function busyMicros(profile: {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}): number {
  const idle = new Set(
    profile.nodes
      .filter((node) => node.callFrame.functionName === '(idle)')
      .map((node) => node.id),
  );
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let busy = 0;
  // Each delta is the time until the sample it precedes; charge it there.
  for (let i = 1; i < samples.length; i += 1) {
    if (!idle.has(samples[i])) busy += deltas[i] ?? 0;
  }

  return busy;
}

/**
 * Call on our fill page after typing, with the caret still in a field: types
 * one more character, waits past the keystroke's own render, then profiles
 * the main thread until the debounced save reports its measure.
 */
export async function measureAutosave(
  page: Page,
  cdp: CDPSession,
): Promise<AutosaveRun> {
  await page.waitForTimeout(1500);
  const before = await countMeasures(page);
  await page.keyboard.type('x');
  await page.waitForTimeout(150);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.waitForFunction(
    ([name, count]) =>
      performance.getEntriesByName(name, 'measure').length > count,
    [MEASURE, before] as const,
    { timeout: 5000 },
  );
  await page.waitForTimeout(50);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  const [measuredMs, mainThreadMs] = await page.evaluate(
    (names) =>
      names.map(
        (name) => performance.getEntriesByName(name, 'measure').pop()?.duration,
      ),
    [MEASURE, MAIN_THREAD_MEASURE],
  );

  return {
    measuredMs: measuredMs ?? NaN,
    mainThreadMs: mainThreadMs ?? NaN,
    profileWindowMs: busyMicros(profile) / 1000,
  };
}
