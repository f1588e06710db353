import { composeWithUi, isControl } from '@jsonforms/core';
import type {
  ControlElement,
  JsonSchema,
  Layout,
  UISchemaElement,
} from '@jsonforms/core';
import { schemaAtScope, type SchemaNode } from '../definition/schema-path';
import { valueAtKeys } from './value-at';

/** Where the walk stands: JSON Forms' data path there, and its schema. */
export interface WalkPlace {
  /** Dot-separated data path of the enclosing scope ('' or 'apps.0'). */
  path: string;
  /** Schema of the enclosing scope (the root, or a table's items). */
  schema: JsonSchema;
  rootSchema: JsonSchema;
  /** Label of the root Category the element sits in. */
  section: string;
}

/** Return false to leave an element's children unvisited. */
export type Visitor = (element: UISchemaElement, place: WalkPlace) => boolean;

/** Data path of a control, as JSON Forms composes it. */
export function controlPath(control: ControlElement, place: WalkPlace): string {
  return composeWithUi(control, place.path);
}

/** The schema a control's scope points at. */
export function controlSchema(
  control: ControlElement,
  place: WalkPlace,
): SchemaNode | undefined {
  return schemaAtScope(place.schema, control.scope, place.rootSchema);
}

/** Read a value at a dot-separated data path. */
export function valueAt(data: unknown, path: string): unknown {
  return path === '' ? data : valueAtKeys(data, path.split('.'));
}

/** The row layout of a table control, when it has one. */
export function detailLayout(
  control: ControlElement,
): UISchemaElement | undefined {
  const detail = control.options?.detail;

  return typeof detail === 'object' && detail !== null ? detail : undefined;
}

function walkRows(
  control: ControlElement,
  data: unknown,
  place: WalkPlace,
  visit: Visitor,
): void {
  const detail = detailLayout(control);
  const items = controlSchema(control, place)?.items as JsonSchema | undefined;
  const path = controlPath(control, place);
  const rows = valueAt(data, path);
  if (!detail || !items || !Array.isArray(rows)) return;
  rows.forEach((_row, index) => {
    const row = { ...place, path: `${path}.${index}`, schema: items };
    walkElement(detail, data, row, visit);
  });
}

/** Visit an element and everything under it, starting at a known place. */
export function walkElement(
  element: UISchemaElement,
  data: unknown,
  place: WalkPlace,
  visit: Visitor,
): void {
  if (!visit(element, place)) return;
  if (isControl(element)) return walkRows(element, data, place, visit);
  for (const child of (element as Layout).elements ?? []) {
    walkElement(child, data, place, visit);
  }
}

/**
 * Visit every UI-schema element, descending into the detail layout of each
 * table row present in `data`, with the data path JSON Forms would give it.
 */
export function walkUiSchema(
  uischema: UISchemaElement,
  schema: JsonSchema,
  data: unknown,
  visit: Visitor,
): void {
  const root = { path: '', schema, rootSchema: schema, section: '' };
  if (uischema.type !== 'Categorization') {
    return walkElement(uischema, data, root, visit);
  }
  for (const category of (uischema as Layout).elements ?? []) {
    const label = (category as { label?: unknown }).label;
    const section = typeof label === 'string' ? label : '';
    walkElement(category, data, { ...root, section }, visit);
  }
}
