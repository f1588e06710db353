import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const inputs = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'package.json',
];

/** Where the browser tests' own build goes; never the shared `dist/`. */
export const builtAppDir = path.join(root, '.tmp/browser-dist');

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;

  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestMtime(path.join(entry, name))),
    stat.mtimeMs,
  );
}

function buildIsFresh(): boolean {
  const built = path.join(builtAppDir, 'index.html');
  if (!existsSync(built)) return false;
  const sourceTime = Math.max(
    ...inputs.map((entry) => newestMtime(path.join(root, entry))),
  );

  return statSync(built).mtimeMs >= sourceTime;
}

function build(): boolean {
  const args = ['vite', 'build', '--logLevel', 'warn', '--outDir', builtAppDir];
  const result = spawnSync('npx', [...args, '--emptyOutDir'], {
    cwd: root,
    stdio: 'inherit',
    // Vitest sets NODE_ENV=test, which would build React's development
    // bundle and leave the service worker off: test what users get.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
    },
  });

  return result.status === 0;
}

/**
 * Vitest global setup: builds the app once before the browser tests, unless
 * the last build is newer than every source file. A second try covers a
 * build another process on the machine was running at the same moment.
 */
export default function buildOnce(): void {
  if (buildIsFresh()) return;
  if (build()) return;
  spawnSync('sleep', ['10']);
  if (!build()) {
    throw new Error('vite build failed; the browser tests need a built app.');
  }
}
