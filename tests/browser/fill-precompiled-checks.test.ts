import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDefinitionFiles } from '../../src/core/definition/definition-files';
import { definitionFingerprint } from '../../src/core/definition/files-fingerprint';
import { PRECOMPILED_FILES } from '../../src/core/validation/precompiled-format';
import { createFsFormsSource } from '../../src/node/fs-forms-source';
import { builtAppDir } from './build-once';
import type { Page, Route } from 'playwright-core';
import { answersMissingAgency } from './drafts-fixtures';
import { startApp, type RunningApp } from './harness';
import { importDraft } from './vietnamese-steps';

let app: RunningApp;

const STAFF = 'Tổng số cán bộ, công chức';
const TOO_MANY = `${STAFF} không được lớn hơn 100.000.`;
const GENERATED =
  /\/forms\/bao-cao-ung-dung-cntt\/2015\/precompiled-(parts|conditions)\.json$/;

/** A page, the URLs it asked for and the errors it threw. */
function watched(page: Page) {
  const requested: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('pageerror', (error) => errors.push(String(error)));

  return {
    page,
    requested,
    errors,
    compilerLoaded: () => requested.some((url) => /create-ajv/.test(url)),
  };
}

/** The error lines under the box with this label. */
async function linesUnder(page: Page, label: string): Promise<string[]> {
  const box = page.getByLabel(label).first();
  const ids = (await box.getAttribute('aria-describedby')) ?? '';
  const errorId = ids.split(' ').find((id) => id.endsWith('-error'));
  if (!errorId) return [];

  return page.locator(`[id="${errorId}"] p`).allTextContents();
}

/**
 * Imports a draft, opens its section 1 afresh, types too many staff, and
 * checks the whole report.
 */
async function typeTooManyAndCheckAll(session: ReturnType<typeof watched>) {
  const { page } = session;
  const draftId = await importDraft(app, answersMissingAgency(), page);
  // Opened afresh: importing compiled the draft's summary on that page.
  await page.goto(`${app.baseUrl}/#/dien/${draftId}/muc/1`);
  session.requested.length = 0;
  await page.reload();
  const box = page.getByLabel(STAFF).first();
  await box.fill('200000');
  await box.blur();
  await expect.poll(() => linesUnder(page, STAFF)).toEqual([TOO_MANY]);
  await page.getByRole('button', { name: 'Kiểm tra toàn bộ' }).click();
  await page.getByText('Vui lòng trả lời: Tên Đơn vị.').first().waitFor();
  expect(await linesUnder(page, STAFF)).toEqual([TOO_MANY]);
}

/**
 * In a fresh context whose generated files are answered by `handler` (no
 * service worker, which would fetch past it): the check still shows the
 * right messages, Ajv's compiler is loaded, and nothing is thrown.
 */
async function expectFallback(handler: (route: Route) => Promise<void>) {
  const context = await app.browser.newContext({
    viewport: { width: 1000, height: 740 },
    locale: 'vi-VN',
    serviceWorkers: 'block',
  });
  await context.route(GENERATED, handler);
  const session = watched(await context.newPage());

  await typeTooManyAndCheckAll(session);

  expect(session.compilerLoaded()).toBe(true);
  expect(session.errors).toEqual([]);
  await context.close();
}

beforeAll(async () => {
  app = await startApp({ width: 1000 });
});

afterAll(async () => {
  await app?.close();
});

describe('checks generated ahead of time on the fill page', () => {
  it('checks the 2015 report with them and never loads Ajv’s compiler', async () => {
    const session = watched(app.page);

    await typeTooManyAndCheckAll(session);

    expect(session.requested.filter((url) => GENERATED.test(url))).toHaveLength(
      2,
    );
    expect(session.compilerLoaded()).toBe(false);
    expect(session.errors).toEqual([]);
  });

  it('compiles instead, with the same messages, when they cannot be had', async () => {
    // As for a page served without them (an old server, a static host).
    await expectFallback((route) =>
      route.fulfill({ status: 404, body: 'Không có.' }),
    );
  });

  it('compiles a part instead when its generated code does not run', async () => {
    const real = await fetch(
      `${app.baseUrl}/forms/bao-cao-ung-dung-cntt/2015/precompiled-parts.json`,
    );
    const file = await real.json();
    for (const part of file.parts) {
      if (part.key === 'generalInfo') part.code = 'throw new Error("hỏng");';
      if (part.key === '') part.code = 'module.exports = 42;';
    }
    file.parts.push(null);

    await expectFallback((route) =>
      route.request().url().endsWith('precompiled-parts.json')
        ? route.fulfill({ json: file })
        : route.continue(),
    );
  });

  it('opens the report and compiles when the conditions never arrive', async () => {
    // The request is held and never answered: a stalled server.
    await expectFallback((route) =>
      route.request().url().endsWith('precompiled-conditions.json')
        ? new Promise<void>(() => {})
        : route.continue(),
    );
  });

  it('are written by the build beside the files, for a page hosted without the server', async () => {
    const formId = 'bao-cao-ung-dung-cntt';
    const files = await readDefinitionFiles(
      createFsFormsSource(path.resolve(import.meta.dirname, '../../forms')),
      formId,
      '2015',
    );
    const folder = path.join(builtAppDir, 'forms', formId, '2015');

    for (const name of Object.values(PRECOMPILED_FILES)) {
      const built = JSON.parse(readFileSync(path.join(folder, name), 'utf8'));
      expect(built.format).toBe('bieu-mau/precompiled-checks@1');
      expect(built.fingerprint).toBe(definitionFingerprint(files));
    }
  });
});
