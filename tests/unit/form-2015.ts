import { readFileSync } from 'node:fs';
import { loadDefinition } from '../../src/core/catalog';
import { readDefinitionFiles } from '../../src/core/definition/definition-files';
import { pointerSegments } from '../../src/core/definition/schema-path';
import { normalizeAnswers } from '../../src/core/answers/normalize';
import { pruneNormalized } from '../../src/core/answers/prune-hidden';
import type { FormDefinition } from '../../src/core/definition/types';
import { fillRequiredObjects } from '../../src/core/validation/fill-required-objects';
import { createFsFormsSource } from '../../src/node/fs-forms-source';
import complete from '../fixtures/report-2015-complete.json';
import invalidCases from '../fixtures/report-2015-invalid.json';

/** The 2015 definition, loaded from the repository's forms like the server. */
export function loadForm2015() {
  return loadDefinition(
    createFsFormsSource('forms'),
    'bao-cao-ung-dung-cntt',
    '2015',
  );
}

/** The 2015 definition's files as read from the repository, not yet parsed. */
export function readForm2015Definition() {
  return readDefinitionFiles(
    createFsFormsSource('forms'),
    'bao-cao-ung-dung-cntt',
    '2015',
  );
}

const folder = new URL(
  '../../forms/bao-cao-ung-dung-cntt/2015/',
  import.meta.url,
);

/** A file of the 2015 definition's folder, such as `CHECKLIST.md`. */
export function readForm2015File(name: string): string {
  return readFileSync(new URL(name, folder), 'utf8');
}

/**
 * The 2015 schema and UI schema as raw JSON, and the official paper form's
 * extracted text, for tests that compare the definition with the paper.
 */
export function form2015Files<Node>() {
  return {
    schema: JSON.parse(readForm2015File('schema.json')) as Node,
    uischema: JSON.parse(readForm2015File('uischema.json')) as Node,
    officialText: readFileSync(
      new URL('../fixtures/bieu-mau-ung-dung-cntt-2015.txt', import.meta.url),
      'utf8',
    ),
  };
}

/** A fixture case: the complete report with some answers set or removed. */
export interface InvalidCase {
  name: string;
  set?: Record<string, unknown>;
  remove?: string[];
  expectErrorsAt: string[];
}

type Node = Record<string, unknown>;

/** The 56 invalid 2015 reports, each with the fields it must fail at. */
export const invalidCases2015 = invalidCases as InvalidCase[];

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

/** The complete 2015 report changed as the case says. */
export function applyInvalidCase(c: Pick<InvalidCase, 'set' | 'remove'>): Node {
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

/** The complete 2015 report with the answer at each pointer replaced. */
export function completeReportWith(set: Record<string, unknown>): Node {
  return applyInvalidCase({ set });
}

/** Answers exactly as compileForm checks them: normalized, pruned, filled. */
export function checkedCopy(definition: FormDefinition, answers: unknown) {
  const visible = pruneNormalized(definition, normalizeAnswers(answers));
  return fillRequiredObjects(definition.schema, visible);
}

/**
 * Reports to compare two ways of checking on: the complete one, each
 * invalid case, an empty one and one with a section the form lacks.
 */
export function reportsToCompare2015(): { name: string; answers: unknown }[] {
  return [
    { name: 'the complete report', answers: complete as unknown },
    ...invalidCases2015.map((c) => ({
      name: c.name,
      answers: applyInvalidCase(c),
    })),
    { name: 'an empty report', answers: {} },
    { name: 'an unknown section', answers: { ...complete, extra: 1 } },
  ];
}
