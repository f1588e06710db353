import { asNode, resolveRef, type Node } from './schema-walk';

const PATTERN_CANDIDATES = [
  '0912345678',
  '02103812345',
  '2015',
  'ABC-123',
  'Phòng Văn hóa và Thông tin',
];

function sampleString(schema: Node): string {
  switch (schema.format) {
    case 'date':
      return '2015-12-31';
    case 'date-time':
      return '2015-12-31T09:30:00+07:00';
    case 'email':
      return 'vanthu@xa.gov.vn';
    case 'uri':
    case 'url':
      return 'http://127.0.0.1/van-ban/quy-che';
    case 'time':
      return '09:30:00+07:00';
  }
  if (typeof schema.pattern === 'string') {
    const pattern = new RegExp(schema.pattern, 'u');
    const fit = PATTERN_CANDIDATES.find((text) => pattern.test(text));
    if (fit) return fit;
  }
  const text = 'Phòng Văn hóa và Thông tin huyện';
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : 200;

  return text.slice(0, Math.max(1, max));
}

function sampleNumber(schema: Node): number {
  if (typeof schema.minimum === 'number') return schema.minimum;
  if (typeof schema.exclusiveMinimum === 'number') {
    return schema.exclusiveMinimum + 1;
  }

  return 0;
}

function firstChoice(schema: Node): unknown {
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const options = Array.isArray(schema.oneOf) ? schema.oneOf : schema.anyOf;
  if (!Array.isArray(options)) return undefined;
  const option = options.map(asNode).find((node) => node && 'const' in node);

  return option?.const;
}

function typeOf(schema: Node): string | undefined {
  const type = schema.type;

  return Array.isArray(type) ? String(type[0]) : (type as string | undefined);
}

// A table limited by a sibling count (`maxItems: {$data: "1/count"}`) gets
// that count set to its row count, so the filled report stays valid.
function matchCounts(properties: Node, filled: Node): Node {
  for (const [key, child] of Object.entries(properties)) {
    const limit = asNode(asNode(child)?.maxItems)?.$data;
    const sibling = typeof limit === 'string' ? /^1\/(\w+)$/.exec(limit) : null;
    const rows = filled[key];
    if (sibling && Array.isArray(rows)) filled[sibling[1]] = rows.length;
  }

  return filled;
}

/**
 * Call to fill every field of a schema with a value that passes it, so both
 * pages render and validate a complete report; tables get `tableRows` rows.
 */
export function sampleAnswers(root: Node, tableRows: number): unknown {
  const fill = (raw: Node): unknown => {
    const schema = resolveRef(root, raw);
    const choice = firstChoice(schema);
    if (choice !== undefined) return choice;
    switch (typeOf(schema)) {
      case 'object': {
        const properties = asNode(schema.properties) ?? {};
        const filled = Object.fromEntries(
          Object.entries(properties).map(([key, child]) => [
            key,
            fill(asNode(child) ?? {}),
          ]),
        );
        return matchCounts(properties, filled);
      }
      case 'array':
        return fillArray(schema);
      case 'integer':
      case 'number':
        return sampleNumber(schema);
      case 'boolean':
        return true;
      default:
        return sampleString(schema);
    }
  };
  const fillArray = (schema: Node): unknown[] => {
    const items = resolveRef(root, asNode(schema.items) ?? {});
    if (firstChoice(items) !== undefined) return [fill(items)];
    const max = typeof schema.maxItems === 'number' ? schema.maxItems : 1e9;
    const count = Math.min(tableRows, max);

    return Array.from({ length: count }, () => fill(items));
  };

  return fill(root);
}
