import { isControl, type ControlElement } from '@jsonforms/core';
import {
  controlPath,
  controlSchema,
  detailLayout,
  valueAt,
  walkUiSchema,
} from '../core/answers/ui-walk';
import type { SchemaNode } from '../core/definition/schema-path';
import type { FormDefinition } from '../core/definition/types';
import { answerText } from './answer-cells';

/** One answer column of the office CSV. */
export interface AnswerColumn {
  /** Dot-separated data path, with row numbers from 0 ('apps.2.name'). */
  path: string;
  title: string;
  schema: SchemaNode | undefined;
}

interface Found extends AnswerColumn {
  /** Printed order: places in the form, with row numbers in between. */
  order: number[];
}

/**
 * Call with one version's definition and the answers of its reports to
 * get the CSV's answer columns: one per field in printed order, one per
 * table cell and row ("title (dòng n)") up to the longest table sent.
 */
export function answerColumns(
  definition: FormDefinition,
  reports: unknown[],
): AnswerColumn[] {
  const places = new Map<string, number>();
  const placeOf = (generalPath: string) => {
    if (!places.has(generalPath)) places.set(generalPath, places.size);
    return places.get(generalPath)!;
  };
  const found = new Map<string, Found>();
  // A field holding an object (a grid of choices) gets a column per part.
  const add = (path: string, title: string, schema?: SchemaNode) => {
    const parts = schema?.properties as Record<string, SchemaNode> | undefined;
    if (schema?.type === 'object' && parts) {
      for (const [key, part] of Object.entries(parts)) {
        placeOf(generalize(`${path}.${key}`));
        add(`${path}.${key}`, `${title}: ${part.title ?? key}`, part);
      }
      return;
    }
    if (found.has(path)) return;
    found.set(path, { path, title, schema, order: orderOf(path, placeOf) });
  };
  const tableTitles = new Map<string, string>();
  const { schema, uischema } = definition;
  for (const answers of reports) {
    walkUiSchema(uischema, schema, answers, (element, place) => {
      if (!isControl(element)) return true;
      const path = controlPath(element, place);
      const fieldSchema = controlSchema(element, place);
      const title = titleOf(element, fieldSchema, path);
      placeOf(generalize(path));
      const cells = tableCells(element, fieldSchema);
      if (!cells) {
        const table = tableTitles.get(generalize(rowParent(path)));
        const full = table ? `${table}: ${title}` : title;
        add(path, withRow(full, path), fieldSchema);
        return true;
      }
      tableTitles.set(generalize(path), title);
      // A table with a row layout: the walk visits each row's controls.
      if (cells.length === 0) return true;
      const rows = valueAt(answers, path);
      for (const [key] of cells) placeOf(`${generalize(path)}.#.${key}`);
      if (!Array.isArray(rows)) return true;
      rows.forEach((_row, index) => {
        for (const [key, cell] of cells) {
          const cellTitle = `${title}: ${cell.title ?? key}`;
          add(
            `${path}.${index}.${key}`,
            withRow(cellTitle, `${path}.${index}`),
            cell,
          );
        }
      });
      return true;
    });
  }

  return [...found.values()].sort((a, b) => compareOrder(a.order, b.order));
}

/** Read a column's cell from one report's answers. */
export function columnText(column: AnswerColumn, answers: unknown): string {
  const value = valueAt(answers, column.path);
  return value === undefined ? '' : answerText(column.schema, value);
}

/**
 * The cells of a table of objects without a row layout, in schema order;
 * an empty list when the walk handles its rows; undefined for a field.
 */
function tableCells(
  control: ControlElement,
  schema: SchemaNode | undefined,
): [string, SchemaNode][] | undefined {
  const items = schema?.items as SchemaNode | undefined;
  const properties = items?.properties as
    Record<string, SchemaNode> | undefined;
  if (schema?.type !== 'array' || !properties) return undefined;
  if (detailLayout(control)) return [];
  return Object.entries(properties);
}

function titleOf(
  control: ControlElement,
  schema: SchemaNode | undefined,
  path: string,
): string {
  const label =
    typeof control.label === 'string' && control.label
      ? control.label
      : schema?.title;
  // A leading dash is the paper's bullet; in a CSV it reads as a formula.
  if (typeof label === 'string') return label.replace(/^[-–]\s+/, '');
  return path.split('.').pop() ?? path;
}

/** "title (dòng n)" for the innermost row a path is in. */
function withRow(title: string, path: string): string {
  const rows = path.split('.').filter((s) => /^\d+$/.test(s));
  if (rows.length === 0) return title;
  return `${title} (dòng ${Number(rows[rows.length - 1]) + 1})`;
}

/** 'a.apps.3.name' → 'a.apps': the table a row field belongs to. */
function rowParent(path: string): string {
  const match = /^(.*)\.\d+\.[^.]+$/.exec(path);
  return match ? match[1] : '';
}

function generalize(path: string): string {
  return path.replace(/(^|\.)\d+(?=\.|$)/g, '$1#');
}

/** 'a.apps.3.name' → [place of a.apps, 3, place of a.apps.#.name]. */
function orderOf(path: string, placeOf: (general: string) => number) {
  const segments = path.split('.');
  const order: number[] = [];
  segments.forEach((segment, index) => {
    if (!/^\d+$/.test(segment)) return;
    order.push(placeOf(generalize(segments.slice(0, index).join('.'))));
    order.push(Number(segment));
  });
  order.push(placeOf(generalize(path)));
  return order;
}

function compareOrder(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return a.length - b.length;
}
