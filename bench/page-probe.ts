/** What the in-page probe hands back after typing. */
export interface KeystrokeSample {
  /** Main-thread time from the first key event to the end of its task. */
  handlerMs: number;
  /** From the key event's timestamp to the frame painted after it. */
  nextPaintMs: number;
}

/** The probe's surface on `window.__bench` in every measured page. */
export interface BenchProbe {
  /**
   * performance.now() one frame after the marker text first appeared, i.e.
   * once the frame showing it was painted; watched from before page scripts.
   */
  painted?: Promise<number>;
  startTyping(): void;
  stopTyping(): { keystrokes: KeystrokeSample[]; longestFrameGapMs: number };
}

/**
 * Runs inside the page before any of its scripts (`addInitScript`), so it
 * must not capture anything from this module: it is sent as source text.
 */
export function installProbe(
  marker: { text: string; count: number } | null,
): void {
  const win = window as unknown as { __bench: BenchProbe };
  const slowEvents: PerformanceEventTiming[] = [];
  new PerformanceObserver((list) => {
    slowEvents.push(...(list.getEntries() as PerformanceEventTiming[]));
  }).observe({
    type: 'event',
    durationThreshold: 16,
    buffered: true,
  } as PerformanceObserverInit);

  const afterTask = (run: () => void): void => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => run();
    channel.port2.postMessage(null);
  };

  const copiesOf = (text: string) =>
    (document.body?.textContent ?? '').split(text).length - 1;
  const paintedWhen = (text: string, count: number, timeoutMs: number) =>
    new Promise<number>((resolve, reject) => {
      let changed = true;
      const observer = new MutationObserver(() => (changed = true));
      observer.observe(document, {
        childList: true,
        subtree: true,
        characterData: true,
      });
      const giveUp = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`"${text}" never appeared`));
      }, timeoutMs);
      const check = () => {
        if (changed && copiesOf(text) >= count) {
          observer.disconnect();
          clearTimeout(giveUp);
          requestAnimationFrame(() => resolve(performance.now()));
          return;
        }
        changed = false;
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });

  let typing = false;
  let frames: number[] = [];
  let active: { start: number; stamp: number } | undefined;
  let samples: { stamp: number; handler: number; paint: number }[] = [];
  const onFrame = (time: number) => {
    if (!typing) return;
    frames.push(time);
    requestAnimationFrame(onFrame);
  };
  const onKey = (event: Event) => {
    if (!typing || active) return;
    const keystroke = { start: performance.now(), stamp: event.timeStamp };
    active = keystroke;
    afterTask(() => {
      const handler = performance.now() - keystroke.start;
      active = undefined;
      requestAnimationFrame(() =>
        afterTask(() => {
          const paint = performance.now() - keystroke.stamp;
          samples.push({ stamp: keystroke.stamp, handler, paint });
        }),
      );
    });
  };
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('beforeinput', onKey, true);

  // Event Timing only reports events slower than 16 ms; where it saw one, its
  // figures win over ours, which cannot see work done off our listeners.
  const withEventTiming = (sample: (typeof samples)[number]) => {
    const same = slowEvents.filter(
      (entry) => Math.abs(entry.startTime - sample.stamp) < 1,
    );
    const processing = same.reduce(
      (sum, entry) => sum + entry.processingEnd - entry.processingStart,
      0,
    );
    const duration = Math.max(0, ...same.map((entry) => entry.duration));

    return {
      handlerMs: Math.max(sample.handler, processing),
      nextPaintMs: Math.max(sample.paint, duration),
    };
  };

  const painted = marker
    ? paintedWhen(marker.text, marker.count, 60_000)
    : undefined;
  // Awaited later by the bench; this keeps an early failure from going unseen.
  painted?.catch(() => undefined);

  win.__bench = {
    painted,
    startTyping() {
      typing = true;
      frames = [];
      samples = [];
      requestAnimationFrame(onFrame);
    },
    stopTyping() {
      typing = false;
      let longest = 0;
      for (let i = 1; i < frames.length; i += 1) {
        longest = Math.max(longest, frames[i] - frames[i - 1]);
      }

      return {
        keystrokes: samples.map(withEventTiming),
        longestFrameGapMs: longest,
      };
    },
  };
}
