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

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;

  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestMtime(path.join(entry, name))),
    stat.mtimeMs,
  );
}

function distIsFresh(): boolean {
  const built = path.join(root, 'dist/index.html');
  if (!existsSync(built)) return false;
  const sourceTime = Math.max(
    ...inputs.map((entry) => newestMtime(path.join(root, entry))),
  );

  return statSync(built).mtimeMs >= sourceTime;
}

/**
 * Vitest global setup: builds the app once before the browser tests, unless
 * `dist/` is newer than every source file (as after `npm test`'s own build).
 */
export default function buildOnce(): void {
  if (distIsFresh()) return;
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    throw new Error('vite build failed; the browser tests need a built app.');
  }
}
