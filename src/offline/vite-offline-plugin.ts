import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const PLACEHOLDER = '__BIEU_MAU_PRECACHE__';
const WORKER_FILE = 'sw.js';
const workerSource = fileURLToPath(
  new URL('./service-worker.ts', import.meta.url),
);

/**
 * Builds `sw.js` next to `index.html`, with the list of built files to
 * precache and a version that changes whenever any of them does; add it to
 * the plugins in vite.config.ts.
 */
export function offlinePlugin(): Plugin {
  return {
    name: 'bieu-mau-offline',
    apply: 'build',
    enforce: 'post',
    buildStart() {
      this.emitFile({ type: 'chunk', id: workerSource, fileName: WORKER_FILE });
    },
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((name) => name !== WORKER_FILE && !name.endsWith('.map'))
        .filter((name) => !name.startsWith('forms/'))
        .sort();
      if (!files.includes('index.html')) files.push('index.html');
      const fingerprint = createHash('sha256');
      for (const name of files) {
        const output = bundle[name];
        fingerprint.update(name);
        if (output?.type === 'asset') fingerprint.update(output.source);
        if (output?.type === 'chunk') fingerprint.update(output.code);
      }
      const version = fingerprint.digest('hex').slice(0, 16);
      const worker = bundle[WORKER_FILE];
      if (worker?.type !== 'chunk' || !worker.code.includes(PLACEHOLDER)) {
        this.error(
          `${WORKER_FILE} was not built with its precache placeholder.`,
        );
      }
      const manifest = JSON.stringify({ version, files });
      // The placeholder sits in a string literal of any quote style.
      worker.code = worker.code.replace(PLACEHOLDER, () =>
        JSON.stringify({ version, files }).replace(/[\\'"`$]/g, '\\$&'),
      );
    },
  };
}
