/** As long as the connection's `busy_timeout` waited before this. */
const GIVE_UP_MS = 5000;

/**
 * Short enough to take the lock soon after another process's commit ends
 * (a batch holds it about 3 ms here), long enough to cost no CPU.
 */
const PAUSE_MS = 0.2;

/**
 * Call in the writer thread, on a connection with `busy_timeout = 0`:
 * wraps a function that runs one immediate transaction so that, while
 * another server process holds the write lock, it retries every 0.2 ms
 * for up to 5 s. SQLite's own busy handler sleeps 1, 2, 5, 10… ms
 * between tries; with two processes taking turns, that added about as
 * long as a whole commit to each wait. A busy transaction has written
 * nothing (SQLite rolls it back), so running it again is safe.
 */
export function retryWhileBusy<A, R>(write: (arg: A) => R): (arg: A) => R {
  const cell = new Int32Array(new SharedArrayBuffer(4));

  return (arg) => {
    const deadline = performance.now() + GIVE_UP_MS;
    for (;;) {
      try {
        return write(arg);
      } catch (error) {
        if (!isBusy(error) || performance.now() > deadline) throw error;
        // Nothing ever notifies the cell: this is a plain sleep, which
        // a worker thread may take without blocking the server.
        Atomics.wait(cell, 0, 0, PAUSE_MS);
      }
    }
  };
}

function isBusy(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as { code?: unknown }).code === 'SQLITE_BUSY'
  );
}
