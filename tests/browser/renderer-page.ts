import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumFlags, chromiumPath } from './chromium';

const root = path.resolve(import.meta.dirname, '../..');

/** A page showing only the light renderers, served on loopback. */
export interface RendererPage {
  page: Page;
  close: () => Promise<void>;
}

/**
 * Call in `beforeAll`: bundles `pageSource` (TSX importing from `./src`)
 * with esbuild, serves it on a random loopback port and opens it in
 * Chromium. `headScript` runs before the page's own script.
 */
export async function openRendererPage(
  pageSource: string,
  headScript = '',
): Promise<RendererPage> {
  const folder = mkdtempSync(path.join(tmpdir(), 'bm-renderers-'));
  await build({
    stdin: { contents: pageSource, resolveDir: root, loader: 'tsx' },
    bundle: true,
    outdir: folder,
    entryNames: 'page',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const head = headScript ? `<script>${headScript}</script>` : '';
  const html = `<div id="root"></div>${head}<script src="/page.js"></script>`;
  const files: Record<string, [string, string]> = {
    '/': ['text/html', html],
    '/page.js': ['text/javascript', readFileSync(`${folder}/page.js`, 'utf8')],
  };
  const server = createServer((request, response) => {
    const [type, body] = files[request.url ?? ''] ?? ['text/plain', ''];
    response.writeHead(body ? 200 : 404, { 'content-type': type });
    response.end(body);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumFlags,
  });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);

  return {
    page,
    close: async () => {
      await browser.close();
      await new Promise((closed) => server.close(closed));
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * For a test file's tests: opens the page in `beforeAll`, waits for the box
 * labelled `firstLabel`, and closes it in `afterAll`. Returns the open page.
 */
export function useRendererPage(
  pageSource: string,
  firstLabel: string,
  headScript = '',
): () => Page {
  let opened: RendererPage | undefined;
  beforeAll(async () => {
    opened = await openRendererPage(pageSource, headScript);
    await opened.page.getByLabel(firstLabel).waitFor();
  });
  afterAll(async () => {
    await opened?.close();
  });

  return () => {
    if (!opened) throw new Error('The renderer page is not open yet.');
    return opened.page;
  };
}

/** What the page's form last handed to `onChange`, kept in `window.answers`. */
export function answersOf<Answers>(page: Page): Promise<Answers> {
  return page.evaluate(() => (window as never as { answers: Answers }).answers);
}

/**
 * Types `text` after what `box` holds. `beforeTyping` runs once the caret is
 * there, so a count of redraws can start from the keystrokes alone.
 */
export async function typeAtEnd(
  box: Locator,
  text: string,
  beforeTyping: () => Promise<unknown> = async () => {},
): Promise<void> {
  await box.click();
  await box.page().keyboard.press('End');
  await beforeTyping();
  await box.page().keyboard.type(text);
}
