import type { BrowserContext, Page } from 'playwright-core';
import { launchFresh } from './browser';
import type { FieldTarget } from './form-targets';
import { measureAutosave } from './measure-autosave';
import { measureTyping, type FieldKind } from './measure-typing';
import {
  domNodes,
  heapAfterGc,
  openProbedPage,
  paintedAt,
  settle,
} from './page-session';
import {
  attempt,
  COMPOSITE_LIMIT_MS,
  emptyFigures,
  type PageRunFigures,
} from './page-figures';
import type { Workload } from './workload';

const KINDS: FieldKind[] = ['text', 'number', 'table'];

// Runs in the page: puts the bench's answers into the draft just created,
// the way a report filled in over several days would be stored: a head
// naming the sections, and one part per section (src/drafts/answer-parts).
async function storeAnswers(args: { id: string; answers: unknown }) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('bieu-mau');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const answers = args.answers as Record<string, unknown>;
  const keys = Object.keys(answers);
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['answerHeads', 'answerParts'], 'readwrite');
    const parts = tx.objectStore('answerParts');
    parts.delete(IDBKeyRange.bound([args.id], [args.id, []]));
    for (const key of keys) {
      parts.put({ draftId: args.id, key, value: answers[key] });
    }
    const writeId = crypto.randomUUID();
    tx.objectStore('answerHeads').put({ id: args.id, keys, writeId });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

async function createDraft(
  context: BrowserContext,
  origin: string,
  workload: Workload,
  figures: PageRunFigures,
): Promise<string> {
  const home = await openProbedPage(context, null);
  await home.page.goto(`${origin}/`);
  await settle(home.page);
  figures.homeBytesGzip = await home.codeBytesGzip();
  const card = home.page.locator(`[aria-labelledby="form-${workload.formId}"]`);
  await card
    .getByRole('button', { name: /Tạo báo cáo mới/ })
    .first()
    .click();
  await home.page.waitForURL(/#\/dien\//, { timeout: 30_000 });
  const id = decodeURIComponent(
    home.page.url().split('#/dien/')[1].split('/')[0],
  );
  // Leave the fill page first so its own saves cannot race the answers.
  await home.page.goto(`${origin}/healthz`);
  await home.page.evaluate(storeAnswers, { id, answers: workload.answers });
  await home.page.close();

  return id;
}

function showSection(id: string) {
  return async (page: Page, target: FieldTarget) => {
    await page.evaluate(
      (hash) => (location.hash = hash),
      `#/dien/${encodeURIComponent(id)}/muc/${target.section}`,
    );
    await page.waitForFunction(
      (label) => document.body.textContent?.includes(label),
      target.label,
      { timeout: 30_000, polling: 50 },
    );
  };
}

async function measureFill(
  context: BrowserContext,
  origin: string,
  id: string,
  workload: Workload,
  figures: PageRunFigures,
): Promise<void> {
  const fill = await openProbedPage(
    context,
    workload.targets.firstSectionMarker,
  );
  await fill.page.goto(`${origin}/#/dien/${encodeURIComponent(id)}`);
  figures.firstSectionMs = await paintedAt(fill.page);
  await settle(fill.page);
  figures.fillBytesGzip = await fill.codeBytesGzip();
  figures.fillHeapBytes = await heapAfterGc(fill.cdp);
  figures.fillDomNodes = await domNodes(fill.page);
  for (const kind of KINDS) {
    const target = workload.targets[kind];
    if (!target) continue;
    await attempt(figures, `typing into the ${kind} field`, async () => {
      figures.typing[kind] = await measureTyping(
        fill.page,
        kind,
        target,
        showSection(id),
      );
    });
  }
  await attempt(figures, 'autosave', async () => {
    figures.autosave = await measureAutosave(fill.page, fill.cdp);
  });
  await fill.page.close();
}

async function measurePrint(
  context: BrowserContext,
  origin: string,
  id: string,
  workload: Workload,
  figures: PageRunFigures,
): Promise<void> {
  const print = await openProbedPage(
    context,
    workload.targets.lastSectionMarker,
  );
  await print.page.goto(`${origin}/#/in/${encodeURIComponent(id)}`);
  figures.allSectionsMs = await paintedAt(print.page);
  await settle(print.page);
  figures.allHeapBytes = await heapAfterGc(print.cdp);
  figures.allDomNodes = await domNodes(print.page);
  await print.page.close();
}

/**
 * Call once per run: in a fresh browser, creates a draft holding the
 * workload's answers, then measures the fill page and the print view cold.
 */
export async function measureOursOnce(
  origin: string,
  workload: Workload,
): Promise<PageRunFigures> {
  const figures = emptyFigures();
  const fresh = await launchFresh();
  try {
    let id = '';
    await attempt(figures, 'creating a draft', async () => {
      id = await createDraft(fresh.context, origin, workload, figures);
    });
    if (id === '') return figures;
    await attempt(
      figures,
      'fill page',
      () => measureFill(fresh.context, origin, id, workload, figures),
      COMPOSITE_LIMIT_MS,
    );
    await attempt(figures, 'print view', () =>
      measurePrint(fresh.context, origin, id, workload, figures),
    );
  } finally {
    await fresh.close();
  }

  return figures;
}
