import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { builtAppDir } from './build-once';
import { chromiumFlags, chromiumPath } from './chromium';

const root = path.resolve(import.meta.dirname, '../..');
export const screenshotDir = path.join(root, '.tmp/screenshots');

export interface AppOptions {
  /** Forms folder the server reads; the repository's `forms/` by default. */
  formsDir?: string;
  /** Viewport width in CSS pixels; a 360 px phone when not given. */
  width?: number;
}

export interface RunningApp {
  baseUrl: string;
  page: Page;
  browser: Browser;
  /** Opens the app at a hash route such as `#/ban-nhap`. */
  openApp(hash?: string): Promise<Page>;
  /** Stops the server only; the browser and the data folder stay. */
  stopServer(): Promise<void>;
  /** Starts the server again on the same port with the same data folder. */
  restartServer(): Promise<void>;
  /** Saves a full-page PNG as `.tmp/screenshots/<name>.png`. */
  screenshot(name: string): Promise<string>;
  /** Stops the browser and the server and removes their temp folders. */
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl: string, server: ChildProcess) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`The server exited early with code ${server.exitCode}.`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet: try again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server at ${baseUrl} did not answer /healthz in 30 s.`);
}

function startServer(port: number, dataDir: string, formsDir: string) {
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'src/server/main.ts')],
    {
      cwd: root,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        BIEU_MAU_DATA_DIR: dataDir,
        BIEU_MAU_FORMS_DIR: formsDir,
        BIEU_MAU_STATIC_DIR: builtAppDir,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );

  return server;
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

/**
 * Call in `beforeAll` of a browser test: starts the real server on a free
 * loopback port with a fresh data folder, and a fresh headless Chromium.
 */
export async function startApp(options: AppOptions = {}): Promise<RunningApp> {
  const tempDir = mkdtempSync(path.join(tmpdir(), 'bieu-mau-browser-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const formsDir = options.formsDir ?? path.join(root, 'forms');
  const dataDir = path.join(tempDir, 'data');
  let server = startServer(port, dataDir, formsDir);
  await waitForHealth(baseUrl, server);

  const browser = await chromium.launch({
    executablePath: chromiumPath,
    // Playwright gives every launch its own fresh, temporary profile folder.
    args: chromiumFlags,
  });
  const context = await browser.newContext({
    viewport: { width: options.width ?? 360, height: 740 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('[page error]', error));
  mkdirSync(screenshotDir, { recursive: true });

  return {
    baseUrl,
    page,
    browser,
    async openApp(hash = '#/') {
      await page.goto(`${baseUrl}/${hash}`);
      return page;
    },
    async stopServer() {
      await stopServer(server);
    },
    async restartServer() {
      server = startServer(port, dataDir, formsDir);
      await waitForHealth(baseUrl, server);
    },
    async screenshot(name) {
      const file = path.join(screenshotDir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await browser.close();
      await stopServer(server);
      rmSync(tempDir, { recursive: true, force: true });
    },
  };
}
