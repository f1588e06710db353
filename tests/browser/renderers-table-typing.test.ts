import { describe, expect, it } from 'vitest';
import { answersOf, typeAtEnd, useRendererPage } from './renderer-page';

// A page with only the light renderers, one repeating table of three rows
// (a text, a whole-number and a single-choice column) and a list of cards.
const pageSource = `
import { showLightForm } from './tests/browser/light-form';

const schema = {
  type: 'object',
  properties: {
    incidents: {
      type: 'array',
      title: 'Sự cố',
      items: {
        type: 'object',
        properties: {
          title: { type: 'string', title: 'Tên sự cố' },
          count: { type: 'integer', minimum: 0, title: 'Số lần' },
          kind: {
            type: 'string',
            title: 'Loại',
            oneOf: [
              { const: 'virus', title: 'Virus' },
              { const: 'tanCong', title: 'Tấn công' },
            ],
          },
        },
      },
    },
    apps: {
      type: 'array',
      title: 'Ứng dụng',
      items: {
        type: 'object',
        properties: {
          appName: { type: 'string', title: 'Tên ứng dụng' },
          users: { type: 'integer', minimum: 0, title: 'Số người dùng' },
        },
      },
    },
  },
};
const uischema = {
  type: 'VerticalLayout',
  elements: [
    {
      type: 'Control',
      scope: '#/properties/incidents',
      options: { detail: 'table' },
    },
    {
      type: 'Control',
      scope: '#/properties/apps',
      options: { detail: 'cards' },
    },
  ],
};
const data = {
  incidents: [
    { title: 'Mất điện', count: 1 },
    { title: 'Virus', count: 2, kind: 'virus' },
    { title: 'Lỗi mạng' },
  ],
  apps: [{ appName: 'Một cửa', users: 4 }, { appName: 'Văn bản' }],
};
showLightForm(schema, uischema, data, { showAllErrors: true });
`;

// Runs before React loads: the hook React offers its developer tools. After
// each commit it notes the table cells and the questions whose component
// ran again, named by their box's label (after the card's title inside a
// card). A subtree React skipped keeps its old child list.
const redrawWatcher = `
window.redrawn = new Set();
const hostOf = (fiber) => {
  while (fiber && !(fiber.stateNode instanceof Element)) fiber = fiber.child;
  return fiber && fiber.stateNode;
};
const walk = (fiber) => {
  for (; fiber; fiber = fiber.sibling) {
    const before = fiber.alternate;
    const ran = before && typeof fiber.type !== 'string' && (fiber.flags & 1);
    const host = ran ? hostOf(fiber) : null;
    const box = host && host.matches('.bm-cell, .bm-field:not(.bm-table-field):not(.bm-cards)') &&
      host.querySelector('input');
    if (box) {
      const card = box.closest('.bm-card');
      const label = box.getAttribute('aria-label') ||
        (box.labels[0] ? box.labels[0].textContent.trim() : '');
      const where = card ? card.querySelector('legend').textContent + ': ' : '';
      window.redrawn.add(where + label);
    }
    if (!before || fiber.child !== before.child) walk(fiber.child);
  }
};
window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true,
  renderers: new Map(),
  inject: () => 1,
  checkDCE: () => {},
  onScheduleFiberRoot: () => {},
  onCommitFiberUnmount: () => {},
  onPostCommitFiberRoot: () => {},
  onCommitFiberRoot: (_id, fiberRoot) => walk(fiberRoot.current.child),
};
`;

const page = useRendererPage(pageSource, 'Tên sự cố, dòng 1', redrawWatcher);

type Row = { title?: string; count?: number; kind?: string };
type App = { appName?: string; users?: number };
const rows = () => answersOf<{ incidents: Row[]; apps: App[] }>(page());
const redrawn = () =>
  page().evaluate(() =>
    [...(window as never as { redrawn: Set<string> }).redrawn].sort(),
  );
const forgetRedraws = () =>
  page().evaluate(() =>
    (window as never as { redrawn: Set<string> }).redrawn.clear(),
  );

describe('typing into a repeating table in Chromium', () => {
  it('redraws only the cell typed into and stores what was typed', async () => {
    const cell = page().getByLabel('Tên sự cố, dòng 2');
    await typeAtEnd(cell, ' lạ', forgetRedraws);

    await expect
      .poll(rows)
      .toMatchObject({ incidents: [{}, { title: 'Virus lạ' }, {}] });
    expect(await redrawn()).toEqual(['Tên sự cố, dòng 2']);
  });

  it('stores a value typed then left with Tab at once', async () => {
    const cell = page().getByLabel('Tên sự cố, dòng 3');
    await typeAtEnd(cell, ' diện rộng');
    await page().keyboard.press('Tab');

    await expect.poll(rows).toMatchObject({
      incidents: [{}, {}, { title: 'Lỗi mạng diện rộng' }],
    });
  });

  it("shows the schema's error under the cell it concerns, and only there", async () => {
    const cell = page().getByLabel('Số lần, dòng 1');
    await cell.fill('-3');
    await cell.blur();

    await expect.poll(() => cell.getAttribute('aria-invalid')).toBe('true');
    const invalid = await page()
      .locator('input[aria-invalid="true"]')
      .evaluateAll((boxes) =>
        boxes.map((box) => box.getAttribute('aria-label')),
      );
    expect(invalid).toEqual(['Số lần, dòng 1']);
    await expect
      .poll(rows)
      .toMatchObject({ incidents: [{ count: -3 }, {}, {}] });
  });

  it('redraws no card but the one typed into', async () => {
    const card = page().locator('.bm-card').nth(1);
    await typeAtEnd(card.getByLabel('Tên ứng dụng'), ' điện tử', forgetRedraws);

    await expect.poll(rows).toMatchObject({
      apps: [{ appName: 'Một cửa' }, { appName: 'Văn bản điện tử' }],
    });
    const drawn = await redrawn();
    expect(drawn).toContain('Mục 2: Tên ứng dụng');
    // Controls of the same card may follow its answers; no other may.
    expect(drawn.filter((name) => !name.startsWith('Mục 2:'))).toEqual([]);
  });
});
