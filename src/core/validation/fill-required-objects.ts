type SchemaNode = Record<string, unknown>;
type Record_ = Record<string, unknown>;

function isObjectSchema(node: unknown): node is SchemaNode {
  return (
    typeof node === 'object' &&
    node !== null &&
    (node as SchemaNode).type === 'object'
  );
}

function isRecord(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// A schema's property list, listed once: listing it again for every
// object of every report allocated more than the check itself.
const propertyLists = new WeakMap<SchemaNode, [string, unknown][]>();

function propertiesOf(schema: SchemaNode): [string, unknown][] {
  let list = propertyLists.get(schema);
  if (!list) {
    list = isRecord(schema.properties) ? Object.entries(schema.properties) : [];
    propertyLists.set(schema, list);
  }

  return list;
}

function fillRecord(schema: SchemaNode, value: Record_): Record_ {
  const required = Array.isArray(schema.required) ? schema.required : [];
  let result = value;
  for (const [key, child] of propertiesOf(schema)) {
    const present = Object.hasOwn(value, key);
    if (!present && !(required.includes(key) && isObjectSchema(child))) {
      continue;
    }
    const before = present ? value[key] : {};
    const after = fillValue(child, before);
    if (present && after === before) continue;
    // Copied on the first change only: the caller's answers stay as they are.
    if (result === value) result = { ...value };
    result[key] = after;
  }

  return result;
}

function fillValue(schema: unknown, value: unknown): unknown {
  if (!isRecord(schema)) return value;
  if (Array.isArray(value) && isObjectSchema(schema.items)) {
    // Copied on the first changed row only, like objects below.
    let rows: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const row = fillValue(schema.items, value[index]);
      if (row === value[index]) continue;
      rows ??= value.slice();
      rows[index] = row;
    }

    return rows ?? value;
  }

  return isObjectSchema(schema) && isRecord(value)
    ? fillRecord(schema, value)
    : value;
}

/**
 * Call on answers just before the schema checks them, never on answers to
 * store or send: normalisation drops empty objects, so a blank section
 * would fail only its parent's `required`, one error naming the section
 * instead of its questions. Every object the schema requires and the
 * answers lack comes back empty (recursively, rows of tables included), so
 * `required` fires on each unanswered question. The input is not changed;
 * parts with nothing to fill are shared with it.
 */
export function fillRequiredObjects(schema: object, answers: Record_): Record_ {
  return fillRecord(schema as SchemaNode, answers);
}
