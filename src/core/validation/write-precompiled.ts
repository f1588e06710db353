import standaloneCode from 'ajv/dist/standalone';
import type { FormDefinition } from '../definition/types';
import { createAjv } from './create-ajv';
import {
  PRECOMPILED_FORMAT,
  type PrecompiledConditions,
  type PrecompiledParts,
} from './precompiled-format';
import { schemaParts } from './schema-parts';
import { conditionSchemas } from './condition-schemas';

// Keywords that say something about a value without deciding its validity.
const ANNOTATIONS = new Set([
  'title',
  'description',
  'i18n',
  '$comment',
  'examples',
  'default',
]);
const SCHEMA_MAPS = new Set([
  'properties',
  'patternProperties',
  'definitions',
  '$defs',
  'dependencies',
]);
const SCHEMA_VALUES = new Set([
  'items',
  'additionalItems',
  'additionalProperties',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
  'not',
  'allOf',
  'anyOf',
  'oneOf',
]);

function withoutAnnotationsIn(value: unknown): unknown {
  return Array.isArray(value)
    ? value.map(withoutAnnotations)
    : withoutAnnotations(value);
}

/**
 * A copy of a schema without its annotations (titles, descriptions…): Ajv
 * writes parts of the schema into the code it generates, and titles in
 * Vietnamese would double its size in memory for nothing it checks.
 * Every schema path stays the same, so errors still find the titles in
 * the real schema (see withParentSchemas).
 */
export function withoutAnnotations(schema: unknown): unknown {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    return schema;
  }
  const copy: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    if (SCHEMA_MAPS.has(keyword) && typeof value === 'object' && value) {
      copy[keyword] = Object.fromEntries(
        Object.entries(value).map(([key, child]) => [
          key,
          withoutAnnotationsIn(child),
        ]),
      );
    } else if (SCHEMA_VALUES.has(keyword)) {
      copy[keyword] = withoutAnnotationsIn(value);
    } else {
      copy[keyword] = value;
    }
  }

  return copy;
}

/**
 * Generate the validators of a version's schema parts ahead of time (see
 * PrecompiledParts); `fingerprint` names the files `def` was parsed from.
 * Throws Ajv's error when a part does not compile, as `compileForm` would.
 */
export function writePrecompiledParts(
  def: FormDefinition,
  fingerprint: string,
): PrecompiledParts {
  // One instance per part: each part's code then holds only what it uses,
  // so a page can run one section without the others.
  const parts = schemaParts(def.schema).map((part) => {
    const ajv = createAjv({ checkSchemas: false, source: true });
    const check = ajv.compile(withoutAnnotations(part.schema) as object);
    return { key: part.key, code: standaloneCode(ajv, check) };
  });

  return { format: PRECOMPILED_FORMAT, fingerprint, parts };
}

/** Generate the checks of a version's rule conditions ahead of time. */
export function writePrecompiledConditions(
  def: FormDefinition,
  fingerprint: string,
): PrecompiledConditions {
  const schemas = conditionSchemas(def.uischema);
  const ajv = createAjv({ checkSchemas: false, source: true });
  const exports: Record<string, string> = {};
  schemas.forEach((schema, i) => {
    ajv.addSchema(JSON.parse(schema) as object, `condition-${i}`);
    exports[`c${i}`] = `condition-${i}`;
  });
  const code = schemas.length > 0 ? standaloneCode(ajv, exports) : '';

  return { format: PRECOMPILED_FORMAT, fingerprint, schemas, code };
}
