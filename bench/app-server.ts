import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';

/** Our real receiving server, started for the bench on a free port. */
export interface AppServer {
  origin: string;
  adminToken: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));

  return typeof address === 'object' && address ? address.port : 0;
}

async function waitHealthy(origin: string, child: ChildProcess): Promise<void> {
  // Before listening the server checks every form; the 10× one takes a
  // while on a busy machine.
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the server exited with code ${child.exitCode}`);
    }
    const ok = await fetch(`${origin}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the server did not answer /healthz within 120 s');
}

/**
 * Call after `vite build`: runs `src/server/main.ts` in its own process with
 * the bench's forms and a fresh data folder, and waits until it is healthy.
 */
export async function startAppServer(
  repoDir: string,
  formsDir: string,
  dataDir: string,
): Promise<AppServer> {
  const port = await freePort();
  const adminToken = randomBytes(24).toString('hex');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/server/main.ts'],
    {
      cwd: repoDir,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        BIEU_MAU_FORMS_DIR: formsDir,
        BIEU_MAU_DATA_DIR: dataDir,
        BIEU_MAU_ADMIN_TOKEN: adminToken,
        NODE_ENV: 'production',
      },
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  };
  try {
    await waitHealthy(origin, child);
  } catch (error) {
    await stop();
    throw error;
  }

  return { origin, adminToken, stop };
}
