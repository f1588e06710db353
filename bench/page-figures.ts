import type { AutosaveRun } from './measure-autosave';
import type { FieldKind, TypingRun } from './measure-typing';

/** Everything one fresh-browser run measures on one page and workload. */
export interface PageRunFigures {
  firstSectionMs: number;
  fillHeapBytes: number;
  fillDomNodes: number;
  fillBytesGzip: number;
  allSectionsMs: number;
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

/** Call around each step so one failure leaves the other figures standing. */
export async function attempt(
  figures: PageRunFigures,
  step: string,
  run: () => Promise<void>,
): Promise<void> {
  try {
    await run();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    figures.problems.push(`${step}: ${reason.split('\n')[0]}`);
  }
}
