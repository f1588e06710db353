import { describe, expect, it } from 'vitest';
import { form2015Files, readForm2015File } from './form-2015';

type Node = Record<string, unknown> & {
  properties?: Record<string, Node>;
  items?: Node;
  oneOf?: { const: string }[];
  description?: string;
};

interface ChecklistLine {
  text: string;
  answer: string;
  pointers: { pointer: string; value?: string; isDescription: boolean }[];
}

const { schema, uischema, officialText } = form2015Files<Node>();

/** Word extraction breaks lines and pads with tabs; compare words only. */
function squeeze(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function parseChecklist(markdown: string): ChecklistLine[] {
  const lines = markdown.split('\n').filter((l) => l.startsWith('- "'));

  return lines.map((line) => {
    const match = /^- "(.+)" → (.+)$/.exec(line);
    if (!match) throw new Error(`Dòng không đúng dạng: ${line}`);
    const [, text, answer] = match;
    const found = answer.matchAll(
      /`(\/[^`]*)`(?:\s*=\s*`([^`]+)`)?(\s*\(description\))?/g,
    );
    const pointers = [...found].map(([, pointer, value, description]) => ({
      pointer,
      value,
      isDescription: description !== undefined,
    }));

    return { text, answer, pointers };
  });
}

const checklist = parseChecklist(readForm2015File('CHECKLIST.md'));

/** The schema of a data pointer; `*` stands for every row of an array. */
function schemaAt(pointer: string): Node | undefined {
  let node: Node | undefined = schema;
  for (const key of pointer.split('/').slice(1)) {
    node = key === '*' ? node?.items : node?.properties?.[key];
  }

  return node;
}

/** Pointers of every answer the schema keeps (no containers). */
function leafPointers(node: Node, at: string): string[] {
  if (node.properties) {
    return Object.entries(node.properties).flatMap(([key, child]) =>
      leafPointers(child, `${at}/${key}`),
    );
  }
  if (node.items?.properties) return leafPointers(node.items, `${at}/*`);

  return [at];
}

/** Values a box may store: a choice's, or a whole grid column's. */
function choiceValues(node: Node): string[] {
  const options = node.oneOf ?? node.items?.oneOf;
  if (options) return options.map((o) => o.const);
  const rows = Object.values(node.properties ?? {}).map(choiceValues);

  return rows[0]?.filter((v) => rows.every((row) => row.includes(v))) ?? [];
}

function scopePointer(scope: string): string {
  return scope.replace(/^#/, '').replace(/\/properties\//g, '/');
}

/** Answers that some Control of the UI schema puts on screen. */
function shownPointers(element: Node, prefix: string): string[] {
  const children = (element.elements ?? []) as Node[];
  const shown = children.flatMap((child) => shownPointers(child, prefix));
  if (element.type !== 'Control') return shown;
  const pointer = prefix + scopePointer(element.scope as string);
  const detail = (element.options as Node | undefined)?.detail;
  if (typeof detail === 'object') {
    return [...shown, ...shownPointers(detail as Node, `${pointer}/*`)];
  }
  const node = schemaAt(pointer);

  return [...shown, ...(node ? leafPointers(node, pointer) : [])];
}

describe('the 2015 checklist', () => {
  it("quotes every item as printed on the official text, in the paper's order", () => {
    const paper = squeeze(officialText);
    let cursor = 0;
    for (const line of checklist) {
      const quote = squeeze(line.text.replace(/☐/g, '('));
      const at = paper.indexOf(quote, cursor);
      expect(
        at,
        `"${line.text}" is not printed after the item before it`,
      ).toBeGreaterThanOrEqual(cursor);
      cursor = at + quote.length;
    }
    expect(checklist.length).toBeGreaterThan(300);
  });

  it('gives every item an answer pointer or marks it as a heading', () => {
    const unmarked = checklist.filter(
      (l) => l.pointers.length === 0 && !l.answer.startsWith('heading only'),
    );
    expect(unmarked.map((l) => l.text)).toEqual([]);
  });

  it('points only at fields the schema has, with boxed values among their choices', () => {
    for (const { text, pointers } of checklist) {
      for (const { pointer, value } of pointers) {
        const node = schemaAt(pointer);
        expect(node, `${pointer} ("${text}")`).toBeDefined();
        if (value) {
          expect(choiceValues(node as Node), `${pointer} = ${value}`).toContain(
            value,
          );
        }
      }
    }
  });

  it('lists every answer the schema keeps', () => {
    const listed = new Set(
      checklist.flatMap((l) => l.pointers.map((p) => p.pointer)),
    );
    const missing = leafPointers(schema, '').filter((p) => !listed.has(p));
    expect(missing).toEqual([]);
  });

  it('gives each footnote as the description of the answer listed beside it', () => {
    const footnotes = checklist.filter((l) => l.text.startsWith('�'));
    expect(footnotes).toHaveLength(3);
    for (const line of footnotes) {
      const note = squeeze(line.text.replace('�', ''));
      const described = line.pointers.filter((p) => p.isDescription);
      expect(described.length).toBeGreaterThan(0);
      for (const { pointer } of described) {
        expect(schemaAt(pointer)?.description, pointer).toBe(note);
      }
    }
  });

  it('shows every answer the schema keeps somewhere on screen', () => {
    const shown = new Set(shownPointers(uischema, ''));
    const hidden = leafPointers(schema, '').filter((p) => !shown.has(p));
    expect(hidden).toEqual([]);
  });
});
