import type {
  Categorization,
  GroupLayout,
  UISchemaElement,
  VerticalLayout,
} from '@jsonforms/core';

/**
 * Call to show every section at once with stock renderers: the stock
 * Categorization renderer shows one tab at a time, so the baseline for the
 * all-at-once view turns each Category into a Group inside one column.
 */
export function showAllSections(uischema: UISchemaElement): UISchemaElement {
  if (uischema.type !== 'Categorization') return uischema;
  const categories = (uischema as Categorization).elements;
  const groups: GroupLayout[] = categories.map((category) => ({
    type: 'Group',
    label: typeof category.label === 'string' ? category.label : '',
    elements: 'elements' in category ? category.elements : [],
    ...(category.rule ? { rule: category.rule } : {}),
  }));
  const column: VerticalLayout = { type: 'VerticalLayout', elements: groups };

  return column;
}
