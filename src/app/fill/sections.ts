import type {
  Categorization,
  Category,
  UISchemaElement,
  VerticalLayout,
} from '@jsonforms/core';

/** The sections of a form: the Categories of its root Categorization. */
export function sectionsOf(uischema: UISchemaElement): Category[] {
  if (uischema.type !== 'Categorization') {
    // A form without sections is shown as one section holding everything.
    return [{ type: 'Category', label: '', elements: [uischema] }];
  }

  return (uischema as Categorization).elements.filter(
    (element): element is Category => element.type === 'Category',
  );
}

/** A Category's contents as a layout JSON Forms renders on its own. */
export function sectionLayout(category: Category): VerticalLayout {
  return { type: 'VerticalLayout', elements: category.elements };
}

/** Keeps a section number from the address inside 1…count. */
export function clampSection(section: number, count: number): number {
  return Math.min(Math.max(Math.trunc(section) || 1, 1), Math.max(count, 1));
}

/**
 * The root answers a section's controls write to (`generalInfo` for
 * `#/properties/generalInfo/…`), so checks can keep that section compiled.
 */
export function sectionAnswerKeys(layout: UISchemaElement): string[] {
  const keys = new Set<string>();
  const visit = (element: UISchemaElement) => {
    const scope = (element as { scope?: unknown }).scope;
    const key =
      typeof scope === 'string' ? /^#\/properties\/([^/]+)/.exec(scope) : null;
    if (key) keys.add(key[1].replace(/~1/g, '/').replace(/~0/g, '~'));
    const children = (element as { elements?: UISchemaElement[] }).elements;
    children?.forEach(visit);
  };
  visit(layout);

  return [...keys];
}
