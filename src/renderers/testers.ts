import {
  and,
  hasType,
  isControl,
  isObjectArrayControl,
  isObjectControl,
  optionIs,
  resolveSchema,
  schemaMatches,
  type JsonSchema,
  type Tester,
  type UISchemaElement,
} from '@jsonforms/core';

/** A `$ref`-free view of a schema, resolved against the root when needed. */
export function resolved(schema: JsonSchema, root: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;

  return resolveSchema(root, schema.$ref, root) ?? schema;
}

function hasChoices(schema: JsonSchema): boolean {
  const constOptions =
    Array.isArray(schema.oneOf) &&
    schema.oneOf.length > 0 &&
    schema.oneOf.every((option) => option.const !== undefined);

  return constOptions || Array.isArray(schema.enum);
}

/** A single choice shown as radio buttons: `options.format: "radio"`. */
export const isRadioChoice: Tester = and(
  optionIs('format', 'radio'),
  schemaMatches((schema, root) => hasChoices(resolved(schema, root))),
);

/** A single choice from `enum` or a `oneOf` of `const` + `title`. */
export const isSingleChoice: Tester = schemaMatches(
  (schema, root) =>
    !hasType(schema, 'array') && hasChoices(resolved(schema, root)),
);

/** Non-exclusive choices: an array of unique enum or `oneOf` items. */
export const isMultiChoice: Tester = schemaMatches((schema, root) => {
  if (!hasType(schema, 'array') || schema.uniqueItems !== true) return false;
  const items = schema.items;

  return !!items && !Array.isArray(items) && hasChoices(resolved(items, root));
});

/** A fixed-row grid: an object Control with `options.format: "grid"`. */
export const isChoiceGrid: Tester = and(
  isObjectControl,
  optionIs('format', 'grid'),
);

function itemProperties(schema: JsonSchema, root: JsonSchema): JsonSchema[] {
  const items = schema.items;
  if (!items || Array.isArray(items)) return [];

  return Object.values(resolved(items, root).properties ?? {}).map((p) =>
    resolved(p, root),
  );
}

/**
 * Array of objects whose items hold objects or arrays (even a multiple
 * choice): too deep for table cells, so shown as cards.
 */
export const hasNestedItems: Tester = schemaMatches((schema, root) =>
  itemProperties(schema, root).some(
    (p) => hasType(p, 'object') || hasType(p, 'array'),
  ),
);

/** Array of objects asked to show as cards: a detail layout or `"cards"`. */
export const wantsCards: Tester = (uischema: UISchemaElement) => {
  const detail = uischema.options?.detail;

  return (
    detail === 'cards' ||
    (typeof detail === 'object' && detail !== null && 'type' in detail)
  );
};

/** Array of objects the form asks to show as a table. */
export const wantsTable: Tester = optionIs('detail', 'table');

export { isControl, isObjectArrayControl };
