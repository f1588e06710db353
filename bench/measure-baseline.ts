import type { Page } from 'playwright-core';
import { launchFresh } from './browser';
import type { FieldTarget } from './form-targets';
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

async function showTab(page: Page, target: FieldTarget): Promise<void> {
  const tab = page.getByRole('tab', { name: target.sectionLabel, exact: true });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await page.waitForFunction(
    (label) => document.body.textContent?.includes(label),
    target.label,
    { timeout: 30_000, polling: 50 },
  );
}

function pageUrl(origin: string, workload: Workload, view: string): string {
  const query = new URLSearchParams({
    form: workload.formId,
    version: workload.version,
    answers: workload.answersPath,
    view,
  });

  return `${origin}/?${query}`;
}

/**
 * Call once per run: in a fresh browser, measures the stock JSON Forms page
 * cold with its tabs (first section) and with every section in one column.
 */
export async function measureBaselineOnce(
  origin: string,
  workload: Workload,
): Promise<PageRunFigures> {
  const figures = emptyFigures();
  const fresh = await launchFresh();
  try {
    await attempt(
      figures,
      'tabs',
      async () => {
        const tabs = await openProbedPage(
          fresh.context,
          workload.targets.firstSectionMarker,
        );
        await tabs.page.goto(pageUrl(origin, workload, 'tabs'));
        figures.firstSectionMs = await paintedAt(tabs.page);
        await settle(tabs.page);
        figures.fillBytesGzip = await tabs.codeBytesGzip();
        figures.fillHeapBytes = await heapAfterGc(tabs.cdp);
        figures.fillDomNodes = await domNodes(tabs.page);
        for (const kind of KINDS) {
          const target = workload.targets[kind];
          if (!target) continue;
          await attempt(figures, `typing into the ${kind} field`, async () => {
            figures.typing[kind] = await measureTyping(
              tabs.page,
              kind,
              target,
              showTab,
            );
          });
        }
        await tabs.page.close();
      },
      COMPOSITE_LIMIT_MS,
    );
    let navigatedAt: number | undefined;
    const allSections = await attempt(figures, 'all sections', async () => {
      const all = await openProbedPage(
        fresh.context,
        workload.targets.lastSectionMarker,
      );
      navigatedAt = Date.now();
      await all.page.goto(pageUrl(origin, workload, 'all'));
      figures.allSectionsMs = await paintedAt(all.page);
      await settle(all.page);
      figures.allHeapBytes = await heapAfterGc(all.cdp);
      figures.allDomNodes = await domNodes(all.page);
      await all.page.close();
    });
    // Stock JSON Forms can take minutes on the 10× form: how long it had
    // been painting is still a bound the ratio can be judged by.
    if (allSections === 'out of time' && navigatedAt !== undefined) {
      if (!Number.isFinite(figures.allSectionsMs)) {
        figures.allSectionsAtLeastMs = Date.now() - navigatedAt;
      }
    }
  } finally {
    await fresh.close();
  }

  return figures;
}
