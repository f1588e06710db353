// Printed numbering before a label ("1.", "8.2.", "a)", "-") and the
// required mark after it are not part of the field's title.
const NUMBERING = /^(?:[\d.]+\.?|[a-zđ]\)|-)\s+/i;

function titleText(element: Element): string {
  const text = (element.firstChild?.textContent ?? element.textContent ?? '')
    .replace(/\s*\*\s*$/, '')
    .trim();

  return text.replace(NUMBERING, '');
}

/** The box a label, legend or caption names. */
function boxFor(caption: Element): HTMLElement | null {
  if (caption instanceof HTMLLabelElement && caption.htmlFor) {
    return document.getElementById(caption.htmlFor);
  }
  const frame = caption.closest('fieldset, table') ?? caption.parentElement;

  return frame?.querySelector('input, select, textarea') ?? null;
}

// Material renderers' ids are the scope (`#/properties/a/properties/b`),
// a counter when it repeats, and `-input` on the box itself.
function boxByScope(pointer: string): HTMLElement | null {
  const keys = pointer.split('/').slice(1);
  const scope = '#' + keys.map((key) => `/properties/${key}`).join('');

  return document.getElementById(`${scope}-input`);
}

/**
 * Call from an error summary line: puts the cursor in the field the error is
 * about, found by its printed title inside `container` (or by its scope id),
 * and scrolls it into view. Returns whether a field got focus.
 */
export function focusField(
  container: Element,
  error: { pointer: string; label: string },
): boolean {
  const title = error.label.replace(/\s*\((?:dòng|row) \d+\)$/, '');
  const captions = container.querySelectorAll('label, legend, caption');
  const caption = Array.from(captions).find((el) => titleText(el) === title);
  const box = (caption && boxFor(caption)) ?? boxByScope(error.pointer);
  if (!box) return false;
  box.scrollIntoView({ block: 'center' });
  box.focus();

  return document.activeElement === box;
}
