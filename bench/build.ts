import { spawn } from 'node:child_process';

function run(repoDir: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: repoDir,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${args.join(' ')} exited with code ${code}`)),
    );
  });
}

/** Call before measuring: builds our app into dist/ and the baseline page. */
export async function buildBoth(repoDir: string): Promise<void> {
  const vite = 'node_modules/vite/bin/vite.js';
  await run(repoDir, [vite, 'build', '--logLevel', 'warn']);
  await run(repoDir, [
    vite,
    'build',
    '--logLevel',
    'warn',
    '-c',
    'bench/vite.baseline.config.ts',
  ]);
}
