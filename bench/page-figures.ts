import type { AutosaveRun } from './measure-autosave';
import type { FieldKind, TypingRun } from './measure-typing';

/** Everything one fresh-browser run measures on one page and workload. */
export interface PageRunFigures {
  firstSectionMs: number;
  fillHeapBytes: number;
  fillDomNodes: number;
  fillBytesGzip: number;
  allSectionsMs: number;
  /**
   * When the page never painted all sections within the step's limit: how
   * long it had been trying, a lower bound for `allSectionsMs`.
   */
  allSectionsAtLeastMs?: number;
  allHeapBytes: number;
  allDomNodes: number;
  typing: Partial<Record<FieldKind, TypingRun>>;
  autosave?: AutosaveRun;
  homeBytesGzip?: number;
  /** What could not be measured in this run, in words. */
  problems: string[];
}

/** Call at the start of a run: every figure unknown until measured. */
export function emptyFigures(): PageRunFigures {
  return {
    firstSectionMs: NaN,
    fillHeapBytes: NaN,
    fillDomNodes: NaN,
    fillBytesGzip: NaN,
    allSectionsMs: NaN,
    allHeapBytes: NaN,
    allDomNodes: NaN,
    typing: {},
    problems: [],
  };
}

// A page that never paints (stock JSON Forms on the 10× form can take many
// minutes) must not hold the bench: the step is written down as not measured.
const STEP_LIMIT_MS = 120_000;

class OutOfTimeError extends Error {}

function withinLimit(run: () => Promise<void>, limitMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new OutOfTimeError(`gave up after ${limitMs / 1000} s`)),
      limitMs,
    );
  });

  return Promise.race([run(), limit]).finally(() => clearTimeout(timer));
}

/** Steps that hold other limited steps get this much in all. */
export const COMPOSITE_LIMIT_MS = 600_000;

/**
 * Call around each step so one failure leaves the other figures standing;
 * resolves to whether the step finished, failed, or ran out of time.
 */
export async function attempt(
  figures: PageRunFigures,
  step: string,
  run: () => Promise<void>,
  limitMs = STEP_LIMIT_MS,
): Promise<'done' | 'failed' | 'out of time'> {
  try {
    await withinLimit(run, limitMs);
    return 'done';
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    figures.problems.push(`${step}: ${reason.split('\n')[0]}`);
    return error instanceof OutOfTimeError ? 'out of time' : 'failed';
  }
}
