/** `#/properties/a/properties/b` for the answers pointer `/a/b`. */
function scopeFor(segments: string[]): string {
  return '#' + segments.map((s) => `/properties/${s}`).join('');
}

// JSON Forms ids are the scope, a counter when the scope repeats, and a
// suffix such as `-input` on the box itself.
function isIdFor(id: string, scope: string): boolean {
  return id.startsWith(scope) && /^\d*(-.*)?$/.test(id.slice(scope.length));
}

function focusable(root: Element): HTMLElement | undefined {
  const target = root.matches('input, select, textarea, button')
    ? root
    : root.querySelector('input, select, textarea, button');

  return target instanceof HTMLElement ? target : undefined;
}

/**
 * Call from an error summary link: focuses the field an answers pointer
 * names, or its nearest enclosing control (a table, a grid) when the field
 * itself has no box of its own. Returns whether something got focus.
 */
export function focusField(pointer: string): boolean {
  const segments = pointer
    .split('/')
    .slice(1)
    .filter((s) => !/^\d+$/.test(s));
  for (let length = segments.length; length > 0; length--) {
    const scope = scopeFor(segments.slice(0, length));
    const match = Array.from(document.querySelectorAll('[id]')).find((el) =>
      isIdFor(el.id, scope),
    );
    const target = match && focusable(match);
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus();

      return true;
    }
  }

  return false;
}
