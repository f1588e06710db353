import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');

export interface ServerProcessOptions {
  port: number;
  dataDir: string;
  formsDir: string;
  adminToken: string;
  /** Where the built app would be; the drill needs none. */
  staticDir?: string;
}

/** One run of `src/server/main.ts` in its own process. */
export interface ServerProcess {
  baseUrl: string;
  child: ChildProcess;
  /** Resolves when the process has exited, however it ended. */
  exited: Promise<void>;
}

/** A loopback port free right now, picked by the OS. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('Không lấy được cổng trống.')),
      );
    });
  });
}

/**
 * Call to run the real server as a child process (as `npm start` does,
 * without the build) and wait until `/healthz` answers.
 */
export async function startServerProcess(
  options: ServerProcessOptions,
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'src/server/main.ts')],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        ...process.env,
        PORT: String(options.port),
        HOST: '127.0.0.1',
        BIEU_MAU_DATA_DIR: options.dataDir,
        BIEU_MAU_FORMS_DIR: options.formsDir,
        BIEU_MAU_STATIC_DIR: options.staticDir ?? path.join(root, 'dist'),
        BIEU_MAU_ADMIN_TOKEN: options.adminToken,
      },
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => resolve()),
  );
  const baseUrl = `http://127.0.0.1:${options.port}`;
  await waitForHealth(baseUrl, child, () => stderr);

  return { baseUrl, child, exited };
}

async function waitForHealth(
  baseUrl: string,
  child: ChildProcess,
  stderr: () => string,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Máy chủ thoát sớm (mã ${child.exitCode}):\n${stderr()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet: try again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`Máy chủ không trả lời /healthz sau 30 giây:\n${stderr()}`);
}
