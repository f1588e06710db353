import type { Page } from 'playwright-core';
import type { FieldTarget } from './form-targets';
import type { BenchProbe, KeystrokeSample } from './page-probe';

export type FieldKind = 'text' | 'number' | 'table';

/** Everything measured while typing 30 keystrokes into one field. */
export interface TypingRun {
  keystrokes: KeystrokeSample[];
  longestFrameGapMs: number;
}

const KEY_DELAY_MS = 80;
const TEXT = 'Ủy ban nhân dân xã Tân Lập, Hà Nội'.slice(0, 30);
// Digits then their erasure, so the number stays in range while typing.
const NUMBER_KEYS = Array.from({ length: 3 }, () => [
  ...'12345',
  ...Array<string>(5).fill('Backspace'),
]).flat();

/** Shows the section holding a field; differs between our app and baseline. */
export type ShowSection = (page: Page, target: FieldTarget) => Promise<void>;

// Runs in the page: marks the first visible text-like input after the label
// (inside the first table after it, for a table cell). Stock JSON Forms
// shows rows as collapsed panels instead; then it marks the first panel
// button to open and answers 'expand'.
function markInput(args: {
  label: string;
  inTable: boolean;
}): 'input' | 'expand' | 'none' {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let label: Node | null = null;
  while (!label && walker.nextNode()) {
    const node = walker.currentNode as Text;
    if (node.data.includes(args.label)) label = node;
  }
  if (!label) return 'none';
  const after = (element: Element) =>
    (label!.compareDocumentPosition(element) &
      Node.DOCUMENT_POSITION_FOLLOWING) !==
    0;
  const typable = (element: Element) => {
    const input = element as HTMLInputElement;
    const type = (input.getAttribute('type') ?? 'text').toLowerCase();
    return (
      ['text', 'number', 'tel', 'email', 'search', 'url'].includes(type) &&
      input.getAttribute('aria-hidden') !== 'true' &&
      !input.disabled &&
      input.getClientRects().length > 0
    );
  };
  const table = [...document.querySelectorAll('table')].find(after);
  const panel = [...document.querySelectorAll('[aria-expanded="false"]')].find(
    after,
  );
  if (args.inTable && !table && panel) {
    panel.setAttribute('data-bench-target', '');
    return 'expand';
  }
  const scope = args.inTable && table ? table : document.body;
  const field = [...scope.querySelectorAll('input, textarea')].find(
    (element) => after(element) && typable(element),
  );
  field?.setAttribute('data-bench-target', '');

  return field ? 'input' : 'none';
}

async function findField(
  page: Page,
  kind: FieldKind,
  target: FieldTarget,
): Promise<void> {
  const args = { label: target.label, inTable: kind === 'table' };
  let found = await page.evaluate(markInput, args);
  if (found === 'expand') {
    const panel = page.locator('[data-bench-target]');
    await panel.click();
    await panel.evaluate((element) =>
      element.removeAttribute('data-bench-target'),
    );
    await page.waitForTimeout(500);
    found = await page.evaluate(markInput, { ...args, inTable: false });
  }
  if (found !== 'input') {
    throw new Error(`no input found after "${target.label}"`);
  }
}

async function pressKeys(page: Page, kind: FieldKind): Promise<void> {
  if (kind !== 'number') {
    await page.keyboard.type(TEXT, { delay: KEY_DELAY_MS });
    return;
  }
  for (const key of NUMBER_KEYS) {
    await page.keyboard.press(key);
    await page.waitForTimeout(KEY_DELAY_MS);
  }
}

/**
 * Call on a loaded page: shows the field's section, types 30 keystrokes with
 * human pauses, and returns per-keystroke timings and the longest frame gap.
 */
export async function measureTyping(
  page: Page,
  kind: FieldKind,
  target: FieldTarget,
  showSection: ShowSection,
): Promise<TypingRun> {
  await showSection(page, target);
  await findField(page, kind, target);
  const field = page.locator('[data-bench-target]');
  await field.click();
  await page.keyboard.press('End');
  await page.waitForTimeout(300);
  await page.evaluate(() =>
    (window as unknown as { __bench: BenchProbe }).__bench.startTyping(),
  );
  await pressKeys(page, kind);
  await page.waitForTimeout(300);
  const run = await page.evaluate(() =>
    (window as unknown as { __bench: BenchProbe }).__bench.stopTyping(),
  );
  await field.evaluate((element) =>
    element.removeAttribute('data-bench-target'),
  );

  return run;
}
