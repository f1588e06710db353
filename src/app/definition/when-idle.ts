// Checks and compiles run in steps of up to tens of milliseconds on a long
// form; a step that starts between two keystrokes delays the next one's
// frame. So background work waits until the person has paused this long.
const PAUSE_MS = 500;
const INPUT_EVENTS = ['keydown', 'input', 'compositionupdate', 'pointerdown'];

let lastInputAt = -Infinity;
let listening = false;

function listenForInput(): void {
  if (listening || typeof addEventListener !== 'function') return;
  listening = true;
  const note = () => (lastInputAt = performance.now());
  for (const type of INPUT_EVENTS) {
    addEventListener(type, note, { capture: true, passive: true });
  }
}

const sincePause = () => performance.now() - lastInputAt;

/**
 * Resolves at the page's next idle moment after a pause in typing and
 * clicking (at the latest a second into the pause): when to run work the
 * person is not waiting on.
 */
export function whenIdle(): Promise<void> {
  listenForInput();
  return new Promise((resolve) => {
    const attempt = () => {
      const typing = PAUSE_MS - sincePause();
      if (typing > 0) return void setTimeout(attempt, typing);
      if (typeof requestIdleCallback !== 'function') {
        return void setTimeout(resolve, 0);
      }
      requestIdleCallback(
        () => (sincePause() < PAUSE_MS ? attempt() : resolve()),
        { timeout: 1000 },
      );
    };
    attempt();
  });
}

/**
 * Call between two steps of work started by `whenIdle`: lets the page
 * paint and take input, and waits for a new pause if typing began.
 */
export function betweenSteps(): Promise<void> {
  if (sincePause() < PAUSE_MS) return whenIdle();

  // A key that arrives before the next step's turn (queued behind this
  // step, say) holds that step back too.
  return new Promise((resolve) =>
    setTimeout(() => {
      if (sincePause() < PAUSE_MS) void whenIdle().then(resolve);
      else resolve();
    }, 0),
  );
}
