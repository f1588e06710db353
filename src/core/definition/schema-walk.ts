import { toPointer } from './schema-path';

type Node = Record<string, unknown>;

/** Called for every sub-schema with where it sits in the schema and data. */
export type SchemaVisitor = (
  node: Node,
  schemaPointer: string,
  /** Data pointer it describes ('*' stands for any row); undefined in definitions. */
  dataPointer: string | undefined,
) => void;

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const below = (data: string | undefined, step: string) =>
  data === undefined ? undefined : data + step;

const SAME_DATA = ['if', 'then', 'else', 'not'];
const SAME_DATA_LISTS = ['allOf', 'anyOf', 'oneOf'];

function walk(
  node: unknown,
  at: string,
  data: string | undefined,
  visit: SchemaVisitor,
): void {
  if (!isNode(node)) return;
  visit(node, at, data);
  const child = (key: string | number, ...more: (string | number)[]) =>
    at + toPointer([key, ...more]);
  for (const [key, sub] of Object.entries(node.properties ?? {})) {
    walk(sub, child('properties', key), below(data, toPointer([key])), visit);
  }
  if (isNode(node.items))
    walk(node.items, child('items'), below(data, '/*'), visit);
  if (Array.isArray(node.items)) {
    node.items.forEach((sub, i) =>
      walk(sub, child('items', i), below(data, `/${i}`), visit),
    );
  }
  for (const key of SAME_DATA) walk(node[key], child(key), data, visit);
  for (const key of SAME_DATA_LISTS) {
    const list = node[key];
    if (Array.isArray(list)) {
      list.forEach((sub, i) => walk(sub, child(key, i), data, visit));
    }
  }
  for (const [key, sub] of Object.entries(node.definitions ?? {})) {
    walk(sub, child('definitions', key), undefined, visit);
  }
  for (const key of ['additionalProperties', 'contains', 'additionalItems']) {
    walk(node[key], child(key), undefined, visit);
  }
}

/** Visit every sub-schema of a schema, tracking the data each describes. */
export function walkSchema(schema: unknown, visit: SchemaVisitor): void {
  walk(schema, '', '', visit);
}

/** Whether a sub-schema declares the form's fields rather than a condition. */
export function isMainStructure(schemaPointer: string): boolean {
  return !/\/(if|then|else|not|allOf|anyOf|oneOf|definitions)(\/|$)/.test(
    schemaPointer,
  );
}
