import { afterEach, describe, expect, it, vi } from 'vitest';

type Listener = () => void;

// The page's globals that whenIdle uses, as a browser would give them.
function fakePage() {
  const listeners = new Map<string, Listener>();
  vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
  vi.stubGlobal('addEventListener', (type: string, listener: Listener) =>
    listeners.set(type, listener),
  );
  vi.stubGlobal('requestIdleCallback', (callback: Listener) =>
    setTimeout(callback, 5),
  );

  return { press: (type = 'keydown') => listeners.get(type)?.() };
}

async function importWhenIdle() {
  vi.resetModules();
  return (await import('../../src/app/definition/when-idle')).whenIdle;
}

async function importBetweenSteps() {
  return (await import('../../src/app/definition/when-idle')).betweenSteps;
}

/** A page where whenIdle has been called once, so it listens for keys. */
async function listeningPage() {
  const page = fakePage();
  const whenIdle = await importWhenIdle();
  void whenIdle();
  await vi.advanceTimersByTimeAsync(10);

  return { page, whenIdle };
}

/** A page where whenIdle has listened for keys and seen none for 600 ms. */
async function afterAPause() {
  const { page } = await listeningPage();
  const betweenSteps = await importBetweenSteps();
  await vi.advanceTimersByTimeAsync(590);

  return { page, betweenSteps };
}

/** Tells, once timers have moved on, whether the promise has resolved. */
function resolvedYet(promise: Promise<unknown>): () => boolean {
  let resolved = false;
  void promise.then(() => (resolved = true));

  return () => resolved;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('background work waits for a pause in typing', () => {
  it('runs at the next idle moment when nobody is typing', async () => {
    fakePage();
    const whenIdle = await importWhenIdle();
    const done = resolvedYet(whenIdle());
    await vi.advanceTimersByTimeAsync(10);
    expect(done()).toBe(true);
  });

  it('waits until half a second after the last key', async () => {
    const { page, whenIdle } = await listeningPage();
    page.press();
    const done = resolvedYet(whenIdle());
    for (let key = 0; key < 10; key++) {
      await vi.advanceTimersByTimeAsync(80);
      page.press(key % 2 ? 'input' : 'keydown');
    }
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(450);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(60);
    expect(done()).toBe(true);
  });

  it('starts over when a key comes during the idle wait', async () => {
    const { page, whenIdle } = await listeningPage();
    const done = resolvedYet(whenIdle());
    page.press('pointerdown');
    await vi.advanceTimersByTimeAsync(3);
    page.press('compositionupdate');
    await vi.advanceTimersByTimeAsync(400);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(done()).toBe(true);
  });

  it('goes on between steps at once, unless typing began meanwhile', async () => {
    const { page, betweenSteps } = await afterAPause();
    const next = resolvedYet(betweenSteps());
    await vi.advanceTimersByTimeAsync(1);
    expect(next()).toBe(true);

    page.press();
    const afterTyping = resolvedYet(betweenSteps());
    await vi.advanceTimersByTimeAsync(400);
    expect(afterTyping()).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(afterTyping()).toBe(true);
  });

  it('holds the next step back for a key that comes before its turn', async () => {
    const { page, betweenSteps } = await afterAPause();
    const next = resolvedYet(betweenSteps());
    page.press();
    await vi.advanceTimersByTimeAsync(400);
    expect(next()).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(next()).toBe(true);
  });
});
