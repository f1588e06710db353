import { readFileSync } from 'node:fs';
import {
  resolveSchema,
  type ControlElement,
  type JsonSchema,
  type UISchemaElement,
} from '@jsonforms/core';
import { describe, expect, it } from 'vitest';
import { appCells, appRenderers } from '../../src/renderers';
import ArrayCardsControl from '../../src/renderers/controls/array-cards-control';
import ArrayTableControl from '../../src/renderers/controls/array-table-control';
import CheckboxListControl from '../../src/renderers/controls/checkbox-list-control';
import ChoiceGridControl from '../../src/renderers/controls/choice-grid-control';
import DateControl from '../../src/renderers/controls/date-control';
import DateTimeControl from '../../src/renderers/controls/date-time-control';
import NumberControl from '../../src/renderers/controls/number-control';
import RadioGroupControl from '../../src/renderers/controls/radio-group-control';
import SelectControl from '../../src/renderers/controls/select-control';
import TextControl from '../../src/renderers/controls/text-control';

const folder = new URL(
  '../../forms/bao-cao-ung-dung-cntt/2015/',
  import.meta.url,
);
const schema = JSON.parse(
  readFileSync(new URL('schema.json', folder), 'utf8'),
) as JsonSchema;
const uischema = JSON.parse(
  readFileSync(new URL('uischema.json', folder), 'utf8'),
) as UISchemaElement;

interface Placed {
  element: UISchemaElement;
  /** The schema the element's scope is resolved against. */
  schema: JsonSchema;
}

/** Every UI-schema element of the form, detail layouts of arrays included. */
function allElements(element: UISchemaElement, base: JsonSchema): Placed[] {
  const found: Placed[] = [{ element, schema: base }];
  const children = (element as { elements?: UISchemaElement[] }).elements;
  for (const child of children ?? []) found.push(...allElements(child, base));
  const detail = element.options?.detail;
  if (typeof detail === 'object') {
    const array = resolveSchema(base, (element as ControlElement).scope, base);
    found.push(...allElements(detail, array?.items as JsonSchema));
  }

  return found;
}

function winner(element: UISchemaElement, base: JsonSchema) {
  const ranked = appRenderers
    .map((entry) => ({
      entry,
      rank: entry.tester(element, base, { rootSchema: schema, config: {} }),
    }))
    .sort((a, b) => b.rank - a.rank);

  return ranked[0].rank > 0 ? ranked[0].entry.renderer : undefined;
}

const placed = allElements(uischema, schema);
const controls = placed.filter(
  (p): p is Placed & { element: ControlElement } =>
    p.element.type === 'Control',
);

function controlSchema(p: Placed & { element: ControlElement }): JsonSchema {
  return resolveSchema(p.schema, p.element.scope, schema) ?? {};
}

describe('renderer ranking on the 2015 form', () => {
  it('finds a renderer for every element of the form', () => {
    const missing = placed
      .filter((p) => winner(p.element, p.schema) === undefined)
      .map((p) => `${p.element.type} ${(p.element as ControlElement).scope}`);

    expect(controls.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('draws radios for every `format: radio` choice', () => {
    const radios = controls.filter(
      (p) => p.element.options?.format === 'radio',
    );

    expect(radios.length).toBeGreaterThan(0);
    for (const p of radios) {
      expect(winner(p.element, p.schema)).toBe(RadioGroupControl);
    }
  });

  it('draws every grid as a choice grid and every detail table as a table', () => {
    const grids = controls.filter((p) => p.element.options?.format === 'grid');
    const tables = controls.filter(
      (p) => p.element.options?.detail === 'table',
    );

    expect(grids.length).toBe(4);
    expect(tables.length).toBe(5);
    for (const p of grids) {
      expect(winner(p.element, p.schema)).toBe(ChoiceGridControl);
    }
    for (const p of tables) {
      expect(winner(p.element, p.schema)).toBe(ArrayTableControl);
    }
  });

  it('draws an array with its own detail layout as cards', () => {
    const cards = controls.filter(
      (p) => typeof p.element.options?.detail === 'object',
    );

    expect(cards.length).toBeGreaterThan(0);
    for (const p of cards) {
      expect(winner(p.element, p.schema)).toBe(ArrayCardsControl);
    }
  });

  it('picks the box that fits each value type', () => {
    for (const p of controls) {
      const field = controlSchema(p);
      const got = winner(p.element, p.schema);
      if (p.element.options?.format) continue;
      if (field.format === 'date') expect(got).toBe(DateControl);
      else if (field.format === 'date-time') expect(got).toBe(DateTimeControl);
      else if (field.type === 'integer' || field.type === 'number') {
        expect(got).toBe(NumberControl);
      } else if (field.type === 'array' && field.uniqueItems) {
        expect(got).toBe(CheckboxListControl);
      } else if (field.type === 'string' && !field.oneOf && !field.enum) {
        expect(got).toBe(TextControl);
      }
    }
  });

  it('finds a cell for every column of every table', () => {
    const tables = controls.filter(
      (p) => p.element.options?.detail === 'table',
    );
    const missing: string[] = [];
    for (const p of tables) {
      const items = controlSchema(p).items as JsonSchema;
      for (const [key, column] of Object.entries(items.properties ?? {})) {
        const cell = { type: 'Control', scope: `#/properties/${key}` };
        const best = Math.max(
          ...appCells.map((entry) =>
            entry.tester(cell, column, { rootSchema: schema, config: {} }),
          ),
        );
        if (best <= 0) missing.push(`${p.element.scope} ${key}`);
      }
    }

    expect(missing).toEqual([]);
  });
});

describe('renderer ranking on small schemas', () => {
  const choice = {
    type: 'object',
    properties: {
      answer: {
        type: 'string',
        oneOf: [
          { const: 'co', title: 'Có' },
          { const: 'khong', title: 'Không' },
        ],
      },
    },
  } as JsonSchema;
  const control = (options?: Record<string, unknown>): ControlElement => ({
    type: 'Control',
    scope: '#/properties/answer',
    options,
  });

  it('shows a oneOf choice as a select unless radios are asked for', () => {
    expect(winner(control(), choice)).toBe(SelectControl);
    expect(winner(control({ format: 'radio' }), choice)).toBe(
      RadioGroupControl,
    );
  });

  it('shows an array of objects holding objects as cards, flat ones as a table', () => {
    const rows = (item: JsonSchema) =>
      ({
        type: 'object',
        properties: { answer: { type: 'array', items: item } },
      }) as JsonSchema;
    const flat = rows({
      type: 'object',
      properties: { name: { type: 'string' } },
    });
    const nested = rows({
      type: 'object',
      properties: { place: { type: 'object', properties: {} } },
    });

    expect(winner(control(), flat)).toBe(ArrayTableControl);
    expect(winner(control(), nested)).toBe(ArrayCardsControl);
    expect(winner(control({ detail: 'table' }), nested)).toBe(
      ArrayTableControl,
    );
  });
});
