import { PRECOMPILED_FILES } from '../src/core/validation/precompiled-format';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { Marker } from './form-targets';
import { installProbe, type BenchProbe } from './page-probe';

/** A page with the probe installed and its code downloads counted. */
export interface ProbedPage {
  page: Page;
  cdp: CDPSession;
  /** Gzip (level 9) bytes of every script and stylesheet loaded so far. */
  codeBytesGzip: () => Promise<number>;
}

// tsx keeps function names by wrapping them in `__name(...)`; functions sent
// to the page as source text need that helper to exist there too.
function probeSource(marker: Marker | null): string {
  return [
    'globalThis.__name = globalThis.__name || ((fn) => fn);',
    `(${installProbe.toString()})(${JSON.stringify(marker)});`,
  ].join('\n');
}

/**
 * Call before navigating: the probe watches for `marker` from the first
 * script on, and the HTTP cache is emptied so every load is cold.
 */
export async function openProbedPage(
  context: BrowserContext,
  marker: Marker | null,
): Promise<ProbedPage> {
  const page = await context.newPage();
  await page.addInitScript({ content: probeSource(marker) });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.clearBrowserCache');
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    // Validators generated ahead of time come as JSON but are code the
    // page runs: they count with the scripts.
    const code =
      type === 'script' ||
      type === 'stylesheet' ||
      Object.values(PRECOMPILED_FILES).some((file) =>
        response.url().endsWith(`/${file}`),
      );
    if (!code) return;
    sizes.push(
      response.body().then(
        (body) => gzipSync(body, { level: 9 }).length,
        () => 0,
      ),
    );
  });
  const codeBytesGzip = async () =>
    (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);

  return { page, cdp, codeBytesGzip };
}

/** Call after navigating: when the marker was painted, from navigation start. */
export async function paintedAt(page: Page): Promise<number> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __bench: BenchProbe }).__bench;
    if (!probe.painted) throw new Error('the probe watches no marker');

    return probe.painted;
  });
}

/** Call once the page is settled: JS heap in use after a full GC, in bytes. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('HeapProfiler.disable');

  return usage.usedSize;
}

/** Call once the page is settled: every element in the document. */
export async function domNodes(page: Page): Promise<number> {
  return page.evaluate(() => document.getElementsByTagName('*').length);
}

/** Call after the paint: lets lazy chunks and idle work finish. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(500);
}
