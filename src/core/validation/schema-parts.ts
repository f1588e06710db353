/**
 * A piece of a report's schema that Ajv compiles on its own: one section
 * (root property) and what it reads, or the root's own keywords. Compiling
 * a large form in pieces keeps each compile short, and lets a page keep
 * only the pieces it is using.
 */
export interface SchemaPart {
  /** The root property checked, or '' for the root's own keywords. */
  key: string;
  /** Checks the whole answers object, but only `key`'s part of it. */
  schema: Node;
  /** Root properties whose answers decide this part's errors. */
  reads: string[] | 'all';
}

// Only a root that is a plain object of sections can be checked in pieces:
// any other keyword there could tie sections together.
const SPLITTABLE_ROOT_KEYS = new Set([
  '$schema',
  '$id',
  'title',
  'description',
  'type',
  'properties',
  'required',
  'additionalProperties',
]);

// Keywords whose sub-schemas describe a value one level further down.
const CHILD_MAPS = ['properties', 'patternProperties'];
const CHILD_SCHEMAS = ['items', 'additionalItems', 'additionalProperties'];
// Keywords whose sub-schemas describe the same value.
const SAME_LEVEL = ['if', 'then', 'else', 'not', 'contains'];
const SAME_LEVEL_LISTS = ['allOf', 'anyOf', 'oneOf'];

type Reads = Set<string> | 'all';
type Node = Record<string, unknown>;

function asNode(value: unknown): Node | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Node)
    : undefined;
}

/**
 * Which root property a relative `$data` pointer lands in, seen from a value
 * `depth` levels below the root, or 'all' when it cannot be told.
 */
function rootKeyRead(pointer: string, depth: number, own: string) {
  const match = /^(\d+)(.*)$/.exec(pointer);
  if (!match) return 'all';
  const up = Number(match[1]);
  if (up < depth) return own;
  if (up > depth) return 'all';
  const first = match[2].split('/')[1];

  return first ? first.replace(/~1/g, '/').replace(/~0/g, '~') : 'all';
}

function collectReads(
  node: unknown,
  depth: number,
  own: string,
  into: Reads,
): Reads {
  if (into === 'all') return into;
  if (Array.isArray(node)) {
    return node.reduce<Reads>((r, n) => collectReads(n, depth, own, r), into);
  }
  const schema = asNode(node);
  if (!schema) return into;
  let reads: Reads = into;
  for (const [keyword, value] of Object.entries(schema)) {
    if (reads === 'all') return reads;
    const pointer = asNode(value)?.$data;
    if (typeof pointer === 'string') {
      const key = rootKeyRead(pointer, depth, own);
      reads = key === 'all' ? 'all' : reads.add(key);
    } else if (CHILD_MAPS.includes(keyword)) {
      for (const child of Object.values(asNode(value) ?? {})) {
        reads = collectReads(child, depth + 1, own, reads);
      }
    } else if (CHILD_SCHEMAS.includes(keyword)) {
      reads = collectReads(value, depth + 1, own, reads);
    } else if (
      SAME_LEVEL.includes(keyword) ||
      SAME_LEVEL_LISTS.includes(keyword)
    ) {
      reads = collectReads(value, depth, own, reads);
    }
  }

  return reads;
}

function withoutUndefined(node: Node): Node {
  return Object.fromEntries(
    Object.entries(node).filter(([, value]) => value !== undefined),
  );
}

// A reference or a nested identifier may point across parts.
function hasReference(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasReference);
  const schema = asNode(node);
  if (!schema) return false;

  return (
    '$ref' in schema ||
    '$id' in schema ||
    Object.values(schema).some(hasReference)
  );
}

/**
 * Call once per definition: its schema as parts that together give the
 * same errors, in the same order, as the whole schema compiled at once.
 * A schema that cannot be split safely comes back as one part.
 */
export function schemaParts(whole: object): SchemaPart[] {
  const schema = whole as Node;
  const properties = asNode(schema.properties);
  const splittable =
    properties !== undefined &&
    Object.keys(schema).every((key) => SPLITTABLE_ROOT_KEYS.has(key)) &&
    !hasReference(schema.properties);
  if (!splittable) return [{ key: '', schema, reads: 'all' }];
  const { $schema, required, additionalProperties } = schema;
  const head = $schema === undefined ? {} : { $schema };
  // Titles only: the root's own errors (a missing or unknown section) are
  // named by the section's title, as they are from the whole schema.
  const titles = Object.fromEntries(
    Object.entries(properties).map(([key, child]) => [
      key,
      { title: asNode(child)?.title ?? key },
    ]),
  );
  const root: SchemaPart = {
    key: '',
    schema: withoutUndefined({
      ...head,
      type: schema.type,
      properties: titles,
      required,
      additionalProperties,
    }),
    reads: 'all',
  };
  const sections = Object.entries(properties).map(([key, child]) => {
    const reads = collectReads(child, 1, key, new Set([key]));
    return {
      key,
      schema: { ...head, type: 'object', properties: { [key]: child } },
      reads: reads === 'all' ? reads : [...reads],
    } satisfies SchemaPart;
  });

  return [root, ...sections];
}
