import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRECOMPILED_FILES } from '../../src/core/validation/precompiled-format';

// The service worker cannot import core; it spells the names itself.
const workerSource = readFileSync(
  new URL('../../src/offline/service-worker.ts', import.meta.url),
  'utf8',
);

describe('the service worker’s offline copy of a version', () => {
  it('includes each file of its validators generated ahead of time', () => {
    for (const name of Object.values(PRECOMPILED_FILES)) {
      expect(workerSource).toContain(`'${name}'`);
    }
  });
});
