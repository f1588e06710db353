import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { envelopeSchema } from '../../src/core/envelope';
import {
  createAjv,
  formatNames,
  messages,
  translateAjvError,
} from '../../src/core/validation';

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

interface Used {
  keywords: Set<string>;
  formats: Set<string>;
}

function collect(node: unknown, used: Used): void {
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

function usedEverywhere(): Used {
  const used: Used = { keywords: new Set(), formats: new Set() };
  for (const file of schemaFiles(path.resolve('forms'))) {
    collect(JSON.parse(readFileSync(file, 'utf8')), used);
  }
  collect(envelopeSchema, used);

  return used;
}

// A value each format refuses, to see the real message people get.
const refused: Record<string, string> = {
  date: '2015-02-31',
  'date-time': '2015-12-04T14:30:00',
  time: '25:00:00',
  uuid: 'khong-phai-uuid',
  email: 'vanthu@',
  uri: 'donvi.gov.vn',
  hostname: '-donvi-',
};

describe('the Vietnamese message catalogue', () => {
  const used = usedEverywhere();

  it('finds the keywords and formats of the forms and the envelope', () => {
    expect(used.keywords).toContain('sumEquals');
    expect(used.keywords).toContain('const');
    expect(used.formats).toContain('date');
    expect(used.formats).toContain('uuid');
  });

  it('has a Vietnamese and an English message for every keyword used', () => {
    // `if` is reported when its `then` fails; ajv names the whole branch.
    const reported = [...used.keywords, 'if', 'false schema'];
    const missing = reported.filter(
      (keyword) => !messages.vi[keyword] || !messages.en[keyword],
    );

    expect(missing).toEqual([]);
  });

  it('describes every format used in both languages', () => {
    const missing = [...used.formats].filter(
      (format) => !formatNames.vi[format] || !formatNames.en[format],
    );

    expect(missing).toEqual([]);
  });

  it('says each refused format in Vietnamese, naming the field', () => {
    const ajv = createAjv();
    for (const format of used.formats) {
      const value = refused[format];
      expect(value, `no refused example for ${format}`).toBeDefined();
      const check = ajv.compile({
        type: 'string',
        title: 'Ô kiểm thử',
        format,
      });
      expect(check(value), format).toBe(false);
      const said = translateAjvError(check.errors![0], 'vi');

      expect(said, format).toMatch(/^Ô kiểm thử phải là /);
      expect(said, format).not.toMatch(/must|định dạng/);
    }
  });
});
