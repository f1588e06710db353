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

function fillRecord(schema: SchemaNode, value: Record_): Record_ {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required : [];
  let result = value;
  for (const [key, child] of Object.entries(properties)) {
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
    const rows = value.map((row) => fillValue(schema.items, row));

    return rows.some((row, i) => row !== value[i]) ? rows : value;
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
