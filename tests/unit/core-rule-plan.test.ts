import { describe, expect, it } from 'vitest';
import { isControl } from '@jsonforms/core';
import type { UISchemaElement } from '@jsonforms/core';
import { normalizeAnswers, pruneHidden } from '../../src/core/answers';
import { isActive } from '../../src/core/answers/prune-hidden';
import {
  controlPath,
  walkElement,
  walkUiSchema,
} from '../../src/core/answers/ui-walk';
import type { FormDefinition } from '../../src/core/definition/types';
import complete from '../fixtures/report-2015-complete.json';
import { loadForm2015 } from './form-2015';

const form2015 = await loadForm2015();

/**
 * The reference: walk the whole UI schema on every pass and ask JSON Forms
 * itself whether each element is visible and enabled, as pruning did before
 * it had a plan.
 */
function pruneByWalking(def: FormDefinition, answers: unknown) {
  const pruned = normalizeAnswers(answers);
  const unset = (path: string): boolean => {
    const keys = path.split('.');
    const last = keys.pop() as string;
    let node: unknown = pruned;
    for (const key of keys) {
      if (typeof node !== 'object' || node === null) return false;
      node = (node as Record<string, unknown>)[key];
    }
    if (typeof node !== 'object' || node === null || !(last in node)) {
      return false;
    }
    delete (node as Record<string, unknown>)[last];
    return true;
  };
  for (let pass = 0; pass < 20; pass++) {
    let changed = false;
    walkUiSchema(def.uischema, def.schema, pruned, (element, place) => {
      if (isActive(element, pruned, place)) return true;
      walkElement(element, pruned, place, (child, at) => {
        if (isControl(child))
          changed = unset(controlPath(child, at)) || changed;
        return true;
      });
      return false;
    });
    if (!changed) break;
  }

  return normalizeAnswers(pruned);
}

/** Small deterministic generator, so a failure can be replayed. */
function randomSource(seed: number) {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];

  return { next, pick };
}

const VALUES = ['co', 'khong', 'dongBo', 'khac', '', 0, 1, 3, ['khac'], {}];

function conditionScopes(element: unknown, found: string[] = []): string[] {
  if (Array.isArray(element)) {
    element.forEach((child) => conditionScopes(child, found));
  } else if (typeof element === 'object' && element !== null) {
    const record = element as Record<string, unknown>;
    if (record.effect && typeof record.condition === 'object') {
      const scope = (record.condition as { scope?: unknown }).scope;
      if (typeof scope === 'string') found.push(scope);
    }
    Object.values(record).forEach((child) => conditionScopes(child, found));
  }

  return found;
}

function scopeKeys(scope: string): string[] {
  return scope.split('/').filter((_, i) => i > 0 && i % 2 === 0);
}

/** Set or delete the value at `keys`, creating objects on the way. */
function setAt(root: Record<string, unknown>, keys: string[], value: unknown) {
  let node = root;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
}

describe('pruneHidden with a rule plan on the 2015 report', () => {
  const watched = [...new Set(conditionScopes(form2015.uischema))];

  it('drops exactly what the full UI-schema walk drops, for 300 mixes of watched answers', () => {
    const random = randomSource(2015);
    for (let round = 0; round < 300; round++) {
      const report = structuredClone(complete) as Record<string, unknown>;
      for (const scope of watched) {
        if (random.next() < 0.6) {
          setAt(report, scopeKeys(scope), random.pick([...VALUES, undefined]));
        }
      }
      const expected = pruneByWalking(form2015, report);
      const actual = pruneHidden(form2015, report);
      expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
    }
  });

  it('keeps the complete report whole and leaves the input untouched', () => {
    const before = JSON.stringify(complete);
    expect(pruneHidden(form2015, complete)).toEqual(normalizeAnswers(complete));
    expect(JSON.stringify(complete)).toBe(before);
  });
});

const text = { type: 'string' };
const showWhen = (scope: string, value: string) => ({
  effect: 'SHOW',
  condition: { scope, schema: { const: value }, failWhenUndefined: true },
});
const leaf = (scope: string, expectedValue: unknown) => ({
  type: 'LEAF',
  scope,
  expectedValue,
});

// Tables inside table rows, a rule on a table, rules in rows, AND, OR, LEAF,
// HIDE, ENABLE, DISABLE, and a chain where one pruned answer hides another,
// reaching back to a control placed before it.
const nested: FormDefinition = {
  formId: 'long-nhau',
  version: '1',
  meta: { formId: 'long-nhau', title: 'Lồng nhau', currentVersion: '1' },
  schema: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'urn:bieu-mau:long-nhau:1',
    type: 'object',
    properties: {
      first: text,
      second: text,
      third: text,
      mode: text,
      fourth: text,
      rows: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            kind: text,
            detail: text,
            parts: {
              type: 'array',
              items: {
                type: 'object',
                properties: { used: text, name: text },
              },
            },
          },
        },
      },
    },
  } as FormDefinition['schema'],
  uischema: {
    type: 'VerticalLayout',
    elements: [
      {
        type: 'Control',
        scope: '#/properties/fourth',
        rule: showWhen('#/properties/third', 'ba'),
      },
      { type: 'Control', scope: '#/properties/first' },
      {
        type: 'Control',
        scope: '#/properties/second',
        rule: showWhen('#/properties/first', 'co'),
      },
      {
        type: 'Control',
        scope: '#/properties/third',
        rule: {
          effect: 'ENABLE',
          condition: {
            type: 'OR',
            conditions: [
              leaf('#/properties/second', 'co'),
              leaf('#/properties/mode', 'tat-ca'),
            ],
          },
        },
      },
      {
        type: 'Control',
        scope: '#/properties/rows',
        rule: {
          effect: 'HIDE',
          condition: leaf('#/properties/mode', 'an'),
        },
        options: {
          detail: {
            type: 'VerticalLayout',
            elements: [
              { type: 'Control', scope: '#/properties/kind' },
              {
                type: 'Control',
                scope: '#/properties/detail',
                rule: {
                  effect: 'DISABLE',
                  condition: {
                    type: 'AND',
                    conditions: [
                      leaf('#/properties/kind', 'khac'),
                      {
                        scope: '#/properties/detail',
                        schema: { type: 'string', minLength: 3 },
                      },
                    ],
                  },
                },
              },
              {
                type: 'Control',
                scope: '#/properties/parts',
                rule: showWhen('#/properties/kind', 'co'),
                options: {
                  detail: {
                    type: 'HorizontalLayout',
                    elements: [
                      { type: 'Control', scope: '#/properties/used' },
                      {
                        type: 'Control',
                        scope: '#/properties/name',
                        rule: showWhen('#/properties/used', 'co'),
                      },
                    ],
                  },
                },
              },
            ],
          },
        },
      },
    ],
  } as unknown as UISchemaElement,
  versionMeta: {},
  translations: {},
};

function randomNested(random: ReturnType<typeof randomSource>) {
  const choice = () => random.pick(['co', 'khong', 'khac', 'tat-ca', 'an']);
  const maybe = <T>(make: () => T) => (random.next() < 0.7 ? make() : '');
  const part = () => ({ used: maybe(choice), name: maybe(() => 'Tên') });
  const row = () => ({
    kind: maybe(choice),
    detail: maybe(() => random.pick(['ab', 'dài hơn'])),
    parts: Array.from({ length: Math.floor(random.next() * 3) }, part),
  });

  return {
    first: maybe(choice),
    second: maybe(choice),
    third: maybe(() => 'ba'),
    fourth: maybe(() => 'bốn'),
    mode: maybe(choice),
    rows: Array.from({ length: Math.floor(random.next() * 4) }, row),
  };
}

describe('pruneHidden with a rule plan on nested tables', () => {
  it('drops exactly what the full UI-schema walk drops, for 500 random reports', () => {
    const random = randomSource(7);
    for (let round = 0; round < 500; round++) {
      const answers = randomNested(random);
      const expected = pruneByWalking(nested, answers);
      expect(JSON.stringify(pruneHidden(nested, answers))).toBe(
        JSON.stringify(expected),
      );
    }
  });

  it('follows a chain: hiding "second" disables "third", which hides "fourth" above it', () => {
    const answers = { first: 'khong', second: 'co', third: 'ba', fourth: '4' };
    expect(pruneHidden(nested, answers)).toEqual({ first: 'khong' });
  });

  it('drops a row whose only answers were hidden, and the table once empty', () => {
    const answers = {
      mode: 'x',
      rows: [{ kind: 'khong', parts: [{ used: 'khong', name: 'A' }] }],
    };
    expect(pruneHidden(nested, answers)).toEqual({
      mode: 'x',
      rows: [{ kind: 'khong' }],
    });
    const onlyHidden = { rows: [{ parts: [{ name: 'A' }] }] };
    expect(pruneHidden(nested, onlyHidden)).toEqual({});
  });

  it('prunes each inner row against its own "used" answer', () => {
    const answers = {
      rows: [
        {
          kind: 'co',
          parts: [
            { used: 'khong', name: 'A' },
            { used: 'co', name: 'B' },
            { name: 'C' },
          ],
        },
      ],
    };
    expect(pruneHidden(nested, answers)).toEqual({
      rows: [
        { kind: 'co', parts: [{ used: 'khong' }, { used: 'co', name: 'B' }] },
      ],
    });
  });
});
