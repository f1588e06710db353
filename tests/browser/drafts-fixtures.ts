import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { readStoredRecords } from './draft-reader';
import type { RunningApp } from './harness';

const completeReport = path.resolve(
  import.meta.dirname,
  '../fixtures/report-2015-complete.json',
);

/** The complete 2015 report's answers, a fresh copy on every call. */
export function completeAnswers(): Record<string, any> {
  return JSON.parse(readFileSync(completeReport, 'utf8'));
}

/** The complete answers but the agency name, so the report is not valid. */
export function answersMissingAgency(): Record<string, any> {
  const answers = completeAnswers();
  delete answers.generalInfo.agencyName;
  return answers;
}

/**
 * An export file as the drafts page writes it, built here so a test can
 * seed a draft through the real import without typing 300 answers.
 */
export function draftFileFor(
  name: string,
  answers: Record<string, any>,
  id: string = randomUUID(),
  extra: Record<string, unknown> = {},
): { id: string; buffer: Buffer } {
  const now = new Date().toISOString();
  const draft = {
    id,
    formId: 'bao-cao-ung-dung-cntt',
    formVersion: '2015',
    name,
    answers,
    revision: 1,
    createdAt: now,
    updatedAt: now,
    summary: { answered: 0, total: 0, errors: 0 },
    status: 'draft',
    ...extra,
  };
  const sha256 = createHash('sha256')
    .update(JSON.stringify(draft))
    .digest('hex');
  const file = { kind: 'bieu-mau/ban-nhap', fileVersion: 1, exportedAt: now };

  return {
    id,
    buffer: Buffer.from(JSON.stringify({ ...file, sha256, draft })),
  };
}

/** Picks a file in the drafts page's import box. */
export async function importOnDraftsPage(
  page: Page,
  fileName: string,
  buffer: Buffer,
): Promise<void> {
  await page.getByLabel('Nhập bản nháp từ tệp (.json)').setInputFiles({
    name: fileName,
    mimeType: 'application/json',
    buffer,
  });
}

/** Imports a draft file on the drafts page and waits until it is in. */
export async function importDraftFile(
  page: Page,
  buffer: Buffer,
): Promise<void> {
  await importOnDraftsPage(page, 'ban-nhap.json', buffer);
  await page.getByText(/Đã nhập/).waitFor();
}

export interface StoredDraft {
  meta: Record<string, any> | undefined;
  answers: Record<string, any> | undefined;
}

/** One draft's meta and answers, read straight from the page's IndexedDB. */
export async function storedDraft(
  page: Page,
  id: string,
): Promise<StoredDraft> {
  const { meta, answers } = await page.evaluate(readStoredRecords, id);

  return { meta, answers: answers?.answers };
}

/** Every stored draft's meta, for "nothing else changed" checks. */
export function storedMetas(page: Page): Promise<Record<string, any>[]> {
  return page.evaluate(
    () =>
      new Promise<Record<string, any>[]>((resolve, reject) => {
        const open = indexedDB.open('bieu-mau');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db
            .transaction('draftMeta')
            .objectStore('draftMeta')
            .getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            resolve(all.result);
          };
        };
      }),
  );
}

/** Starts a new report from the home page; returns once its fill page opens. */
export async function startNewReport(app: RunningApp): Promise<Page> {
  const page = await app.openApp('#/');
  await page
    .getByRole('button', { name: /Tạo báo cáo mới/ })
    .first()
    .click();
  await page.waitForURL(/#\/dien\//);

  return page;
}

/** The "Tên Đơn vị" box of section 1, once the fill page has shown it. */
export async function agencyBox(page: Page) {
  await page
    .getByRole('heading', { name: /MỤC 1\. THÔNG TIN CHUNG/ })
    .waitFor();

  return page.getByLabel('Tên Đơn vị').first();
}
