import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// Keywords that only annotate or hold sub-schemas: ajv never reports them.
const SILENT = new Set([
  '$schema',
  '$id',
  '$ref',
  '$comment',
  'title',
  'description',
  'default',
  'examples',
  'properties',
  'items',
  'definitions',
  'allOf',
  'then',
  'else',
  'readOnly',
  'writeOnly',
  'i18n',
  'patternProperties',
]);
const SUB_SCHEMA = ['items', 'if', 'then', 'else', 'not', 'contains'];
const SUB_SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'items'];
const SUB_SCHEMA_MAPS = ['properties', 'definitions', 'dependencies'];

export interface Used {
  keywords: Set<string>;
  formats: Set<string>;
}

/** Adds the keywords and formats of one schema to `used`. */
export function collect(node: unknown, used: Used): void {
  if (Array.isArray(node)) return node.forEach((sub) => collect(sub, used));
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    const isData =
      typeof value === 'object' && value !== null && '$data' in value;
    if (!SILENT.has(key)) used.keywords.add(isData ? `${key}$data` : key);
    if (key === 'format' && typeof value === 'string') used.formats.add(value);
    if (SUB_SCHEMA.includes(key) || SUB_SCHEMA_LISTS.includes(key)) {
      collect(value, used);
    }
    if (SUB_SCHEMA_MAPS.includes(key)) {
      Object.values(value as object).forEach((sub) => collect(sub, used));
    }
  }
}

function schemaFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return schemaFiles(full);
    return name === 'schema.json' ? [full] : [];
  });
}

/** Keywords and formats used by every `schema.json` under `forms/`. */
export function usedInForms(): Used {
  const used: Used = { keywords: new Set(), formats: new Set() };
  for (const file of schemaFiles(path.resolve('forms'))) {
    collect(JSON.parse(readFileSync(file, 'utf8')), used);
  }

  return used;
}
