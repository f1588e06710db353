import { defineConfig } from 'vitest/config';

// One file at a time: each starts a server and a Chromium, and the machine
// running CI has two cores.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/build-once.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    sequence: { concurrent: false },
    // A save waits out the 400 ms autosave pause and then IndexedDB; on a
    // busy two-core machine that can pass vitest's 1 s polling default.
    expect: { poll: { timeout: 10_000 } },
  },
});
