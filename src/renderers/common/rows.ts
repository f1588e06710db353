import {
  extractDefaults,
  hasType,
  type ArrayControlProps,
  type JsonSchema,
} from '@jsonforms/core';

/** The words the removal question needs, in the form's current language. */
export type RemovalWords = (
  key:
    | 'deleteDialogTitle'
    | 'deleteDialogMessage'
    | 'deleteDialogAccept'
    | 'deleteDialogDecline',
) => string;

/** A fresh table row: the item's declared defaults and nothing invented. */
export function newRow(itemSchema: JsonSchema, rootSchema: JsonSchema) {
  return hasType(itemSchema, 'object')
    ? (extractDefaults(itemSchema, rootSchema) ?? {})
    : itemSchema.default;
}

let dialogsMade = 0;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text: string,
  className = '',
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.textContent = text;
  made.className = className;

  return made;
}

/**
 * Asks before a row goes, naming the row, because a removed row cannot be
 * brought back from the form. A native `<dialog>` in the page rather than
 * `window.confirm`, whose English chrome some embedded browsers block; built
 * with the DOM because the question outlives the row's own React tree.
 * Resolves `true` for "Xóa"; Escape and "Không xóa" keep the row, and the
 * browser gives focus back to the button that asked.
 */
export function confirmRemoval(
  say: RemovalWords,
  rowLabel: string,
): Promise<boolean> {
  const dialog = element('dialog', '', 'bm-remove-dialog');
  const title = element('h2', say('deleteDialogTitle'));
  title.id = `bm-remove-title-${++dialogsMade}`;
  dialog.setAttribute('aria-labelledby', title.id);
  // Inline, so a page that embeds these renderers needs no stylesheet.
  dialog.style.cssText =
    'width:min(32rem,calc(100vw - 2rem));padding:1rem 1.25rem;' +
    'border:1px solid #8a9099;border-radius:6px';
  title.style.cssText = 'margin-top:0;font-size:1.2rem';
  const keep = element('button', say('deleteDialogDecline'), 'secondary');
  const remove = element('button', say('deleteDialogAccept'));
  const actions = element('div', '');
  actions.style.cssText =
    'display:flex;flex-wrap:wrap;justify-content:flex-end;gap:0.5rem';
  actions.append(keep, remove);
  const question = `${rowLabel}: ${say('deleteDialogMessage')}`;
  dialog.append(title, element('p', question), actions);
  document.body.append(dialog);
  dialog.showModal();
  // The safe answer has focus, so a stray Enter keeps the row.
  keep.focus();

  return new Promise((resolve) => {
    const answer = (yes: boolean) => {
      dialog.close();
      dialog.remove();
      resolve(yes);
    };
    keep.addEventListener('click', () => answer(false));
    remove.addEventListener('click', () => answer(true));
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      answer(false);
    });
  });
}

const GIVE_UP_FOCUS_MS = 2000;

/**
 * Once the row whose button asked is gone, gives focus to the remove button
 * now at its place (the next row moved up), else the last row's, else "Thêm":
 * with the button gone the browser would drop focus on the page's body and a
 * keyboard user would lose their place in the table.
 */
function focusAfterRemoval(opener: Element | null, index: number): void {
  const field = opener?.closest('.bm-field');
  if (!opener || !field) return;
  const started = performance.now();
  const whenGone = () => {
    if (opener.isConnected) {
      if (performance.now() - started < GIVE_UP_FOCUS_MS) {
        requestAnimationFrame(whenGone);
      }
      return;
    }
    const removes = field.querySelectorAll<HTMLElement>('.bm-remove');
    const next =
      removes[Math.min(index, removes.length - 1)] ??
      field.querySelector<HTMLElement>('.bm-add');
    next?.focus();
  };
  requestAnimationFrame(whenGone);
}

/** Removes row `index` of the array once the person has confirmed it. */
export function removeRowIfConfirmed(
  array: ArrayControlProps,
  index: number,
  say: RemovalWords,
  rowLabel: string,
): void {
  const opener = document.activeElement;
  void confirmRemoval(say, rowLabel).then((yes) => {
    if (!yes) return;
    array.removeItems?.(array.path, [index])();
    focusAfterRemoval(opener, index);
  });
}
