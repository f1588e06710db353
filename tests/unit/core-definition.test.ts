import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkDefinition,
  readDefinitionFiles,
  type DefinitionFiles,
} from '../../src/core/definition';
import { createFsFormsSource } from '../../src/node/fs-forms-source';
import { readForm2015Definition } from './form-2015';

const yesNo = [
  { const: 'co', title: 'Có' },
  { const: 'khong', title: 'Không' },
];

function sampleFiles() {
  return {
    'form.json': { title: 'Thử', currentVersion: '2015' },
    'schema.json': {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'urn:bieu-mau:thu-nghiem:2015',
      type: 'object',
      properties: {
        hasLan: { type: 'string', title: 'Có mạng LAN', oneOf: yesNo },
        lanCount: { type: 'integer', title: 'Số mạng LAN' },
        levels: {
          type: 'object',
          title: 'Mức độ',
          properties: {
            first: { type: 'string', title: 'Thứ nhất', oneOf: yesNo },
            second: { type: 'string', title: 'Thứ hai', oneOf: yesNo },
          },
        },
        apps: {
          type: 'array',
          title: 'Ứng dụng',
          items: {
            type: 'object',
            properties: { name: { type: 'string', title: 'Tên' } },
          },
        },
      },
    },
    'uischema.json': {
      type: 'Categorization',
      elements: [
        {
          type: 'Category',
          label: 'MỤC 1',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/hasLan',
              options: { format: 'radio' },
            },
            {
              type: 'Control',
              scope: '#/properties/lanCount',
              rule: {
                effect: 'SHOW',
                condition: {
                  scope: '#/properties/hasLan',
                  schema: { const: 'co' },
                  failWhenUndefined: true,
                },
              },
            },
            {
              type: 'Control',
              scope: '#/properties/levels',
              options: { format: 'grid', rowNumbers: ['a', 'b'] },
            },
            {
              type: 'Control',
              scope: '#/properties/apps',
              options: {
                detail: {
                  type: 'VerticalLayout',
                  elements: [{ type: 'Control', scope: '#/properties/name' }],
                },
              },
            },
          ],
        },
      ],
    },
    'version.json': { summary: { year: '/lanCount' } },
    'i18n/en.json': { 'hasLan.label': 'Has a LAN' },
  } as Record<string, any>;
}

const roots: string[] = [];
afterAll(() =>
  roots.forEach((r) => rmSync(r, { recursive: true, force: true })),
);

async function filesFor(
  edit: (files: Record<string, any>) => void,
  raw: Record<string, string> = {},
  formId = 'thu-nghiem',
  version = '2015',
): Promise<DefinitionFiles> {
  const root = mkdtempSync(path.join(tmpdir(), 'bieu-mau-def-'));
  roots.push(root);
  const files = sampleFiles();
  edit(files);
  const texts = {
    ...Object.fromEntries(
      Object.entries(files).map(([k, v]) => [k, JSON.stringify(v, null, 2)]),
    ),
    ...raw,
  };
  for (const [name, text] of Object.entries(texts)) {
    const file =
      name === 'form.json'
        ? path.join(root, formId, name)
        : path.join(root, formId, version, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return readDefinitionFiles(createFsFormsSource(root), formId, version);
}

async function problemsOf(...args: Parameters<typeof filesFor>) {
  return checkDefinition(await filesFor(...args));
}

const at = (file: string, pointer: string) =>
  expect.arrayContaining([
    expect.objectContaining({ file: `thu-nghiem/2015/${file}`, pointer }),
  ]);

describe('checkDefinition', () => {
  it('finds nothing wrong in a sound definition', async () => {
    expect(await problemsOf(() => {})).toEqual([]);
  });

  it('passes the 2015 report definition', async () => {
    const files = await readForm2015Definition();
    expect(checkDefinition(files)).toEqual([]);
  });

  it('gives the line and column of a JSON syntax error', async () => {
    const problems = await problemsOf(() => {}, {
      'schema.json': '{\n  "type": "object",\n  "title": }',
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'thu-nghiem/2015/schema.json',
        pointer: '',
        message: expect.stringContaining('dòng 3, cột 12'),
      }),
    ]);
  });

  it('requires $schema and the $id made of form id and version', async () => {
    const problems = await problemsOf((f) => {
      delete f['schema.json'].$schema;
      f['schema.json'].$id = 'urn:bieu-mau:khac:2015';
    });
    expect(problems).toEqual(at('schema.json', '/$schema'));
    expect(problems).toEqual(at('schema.json', '/$id'));
  });

  it('points at a schema that breaks the draft-07 meta-schema', async () => {
    const problems = await problemsOf(
      (f) => (f['schema.json'].properties.lanCount.type = 'so'),
    );
    expect(problems).toEqual(at('schema.json', '/properties/lanCount/type'));
  });

  it('points at an unknown keyword refused by the strict compiler', async () => {
    const problems = await problemsOf(
      (f) => (f['schema.json'].properties.lanCount.minimun = 0),
    );
    expect(problems).toEqual(at('schema.json', '/properties/lanCount/minimun'));
  });

  it('refuses property keys that are not ASCII camelCase', async () => {
    const problems = await problemsOf(
      (f) =>
        (f['schema.json'].properties['so-may'] = {
          type: 'integer',
          title: 'Số máy',
        }),
    );
    expect(problems).toEqual(at('schema.json', '/properties/so-may'));
  });

  it('finds a scope that points nowhere, also inside a table row', async () => {
    const problems = await problemsOf((f) => {
      const controls = f['uischema.json'].elements[0].elements;
      controls[1].scope = '#/properties/lanCnt';
      controls[3].options.detail.elements[0].scope = '#/properties/title';
    });
    expect(problems).toEqual(
      at('uischema.json', '/elements/0/elements/1/scope'),
    );
    expect(problems).toEqual(
      at(
        'uischema.json',
        '/elements/0/elements/3/options/detail/elements/0/scope',
      ),
    );
  });

  it('requires failWhenUndefined on schema-based rule conditions', async () => {
    const problems = await problemsOf(
      (f) =>
        delete f['uischema.json'].elements[0].elements[1].rule.condition
          .failWhenUndefined,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        pointer: '/elements/0/elements/1/rule/condition',
        message: expect.stringContaining('xoá câu trả lời'),
      }),
    ]);
  });

  it('catches grid rows that do not share one oneOf, and a wrong rowNumbers', async () => {
    const problems = await problemsOf((f) => {
      f['schema.json'].properties.levels.properties.second.oneOf = [yesNo[0]];
      f['uischema.json'].elements[0].elements[2].options.rowNumbers = ['a'];
    });
    expect(problems).toEqual(
      at('uischema.json', '/elements/0/elements/2/scope'),
    );
    expect(problems).toEqual(
      at('uischema.json', '/elements/0/elements/2/options/rowNumbers'),
    );
  });

  it('refuses a radio control on a field without choices', async () => {
    const problems = await problemsOf(
      (f) =>
        (f['uischema.json'].elements[0].elements[1].options = {
          format: 'radio',
        }),
    );
    expect(problems).toEqual(
      at('uischema.json', '/elements/0/elements/1/options/format'),
    );
  });

  it('checks version.json pointers and flat translation files', async () => {
    const problems = await problemsOf((f) => {
      f['version.json'].perYear = ['/missing'];
      f['i18n/en.json'] = { hasLan: { label: 'nested' } };
    });
    expect(problems).toEqual(at('version.json', '/perYear/0'));
    expect(problems).toEqual(at('i18n/en.json', '/hasLan'));
  });

  it('refuses form and version folder names people cannot type', async () => {
    const problems = await problemsOf(
      (f) => (f['schema.json'].$id = 'urn:bieu-mau:Bao_Cao:Năm 2015'),
      {},
      'Bao_Cao',
      'Năm 2015',
    );
    expect(problems.map((p) => p.file)).toEqual(
      expect.arrayContaining(['Bao_Cao', 'Bao_Cao/Năm 2015']),
    );
  });
});
