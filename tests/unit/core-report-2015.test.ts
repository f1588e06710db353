import { describe, expect, it } from 'vitest';
import { loadDefinition } from '../../src/core/catalog';
import { pointerSegments } from '../../src/core/definition/schema-path';
import { compileForm } from '../../src/core/validation';
import { createFsFormsSource } from '../../src/node/fs-forms-source';
import complete from '../fixtures/report-2015-complete.json';
import invalidCases from '../fixtures/report-2015-invalid.json';

interface InvalidCase {
  name: string;
  set?: Record<string, unknown>;
  remove?: string[];
  expectErrorsAt: string[];
}

type Node = Record<string, unknown>;

function parentOf(report: Node, pointer: string): [Node, string] {
  const keys = pointerSegments(pointer);
  const last = keys.pop() as string;
  let node = report;
  for (const [i, key] of keys.entries()) {
    node[key] ??= /^\d+$/.test(keys[i + 1] ?? last) ? [] : {};
    node = node[key] as Node;
  }
  return [node, last];
}

function applyCase(c: InvalidCase): Node {
  const report = structuredClone(complete) as Node;
  for (const [pointer, value] of Object.entries(c.set ?? {})) {
    const [node, key] = parentOf(report, pointer);
    node[key] = value;
  }
  for (const pointer of c.remove ?? []) {
    const [node, key] = parentOf(report, pointer);
    delete node[key];
  }
  return report;
}

const definition = await loadDefinition(
  createFsFormsSource('forms'),
  'bao-cao-ung-dung-cntt',
  '2015',
);
const form = compileForm(definition);

describe('the 2015 report', () => {
  it('accepts the complete report with no error', () => {
    expect(form.validate(complete)).toEqual([]);
  });

  it.each(invalidCases as InvalidCase[])(
    'rejects "$name" exactly at the expected fields',
    (c) => {
      const errors = form.validate(applyCase(c));
      const pointers = [...new Set(errors.map((e) => e.pointer))].sort();
      expect(pointers).toEqual([...c.expectErrorsAt].sort());
      for (const error of errors) {
        expect(error.message).not.toMatch(/\bmust\b/);
        expect(error.message).not.toContain(error.pointer);
        const key = pointerSegments(error.pointer).pop() ?? '';
        if (/[a-z][A-Z]/.test(key)) expect(error.message).not.toContain(key);
        expect(error.section).not.toBe('');
      }
    },
  );
});
