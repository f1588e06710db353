import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../tests/browser/chromium';

// The tests' flags, plus headless and a callable gc for the measurements.
const FLAGS = ['--headless', ...chromiumFlags, '--js-flags=--expose-gc'];

/** A browser with its own fresh profile, closed and deleted by `close`. */
export interface FreshBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** Call once per measured run so no cache or storage carries over. */
export async function launchFresh(): Promise<FreshBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'bieu-mau-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });

  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Call once for the report header. */
export async function chromiumVersion(): Promise<string> {
  const fresh = await launchFresh();
  const page = await fresh.context.newPage();
  const cdp = await fresh.context.newCDPSession(page);
  const { product } = await cdp.send('Browser.getVersion');
  await fresh.close();

  return product;
}
