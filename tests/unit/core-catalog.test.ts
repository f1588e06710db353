import {
  cpSync,
  mkdirSync,
  readFileSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDefinition, scanCatalog } from '../../src/core/catalog';
import { readDefinitionFiles } from '../../src/core/definition/definition-files';
import { definitionFingerprint } from '../../src/core/definition/files-fingerprint';
import { DefinitionError } from '../../src/core/definition/types';
import { createFsFormsSource } from '../../src/node/fs-forms-source';

const FORM = 'bao-cao-ung-dung-cntt';
let root = '';

function copyForms(): string {
  root = mkdtempSync(path.join(tmpdir(), 'bieu-mau-catalog-'));
  cpSync('forms', root, { recursive: true });
  return root;
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

function addVersion(version: string): void {
  const dir = path.join(root, FORM, version);
  cpSync(path.join(root, FORM, '2015'), dir, { recursive: true });
  const schemaFile = path.join(dir, 'schema.json');
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
  schema.$id = `urn:bieu-mau:${FORM}:${version}`;
  writeFileSync(schemaFile, JSON.stringify(schema));
}

describe('scanCatalog', () => {
  it('publishes the fingerprint of the files a version passed with, and none for a broken one', async () => {
    copyForms();
    addVersion('2016');
    const schemaFile = path.join(root, FORM, '2016', 'schema.json');
    const broken = JSON.parse(readFileSync(schemaFile, 'utf8'));
    broken.properties.generalInfo.type = 'objekt';
    writeFileSync(schemaFile, JSON.stringify(broken));
    const source = createFsFormsSource(root);
    const catalog = await scanCatalog(source);
    const versions = catalog.forms.find((f) => f.formId === FORM)?.versions;
    const files = await readDefinitionFiles(source, FORM, '2015', ['en']);
    expect(versions?.find((v) => v.version === '2015')?.passed).toBe(
      definitionFingerprint(files),
    );
    expect(versions?.find((v) => v.version === '2016')?.passed).toBeUndefined();
  });

  it('lists a second version folder dropped next to the first, current first', async () => {
    copyForms();
    addVersion('2016');
    addVersion('2015.10');
    const catalog = await scanCatalog(createFsFormsSource(root));
    const form = catalog.forms.find((f) => f.formId === FORM);
    expect(form?.versions.map((v) => v.version)).toEqual([
      '2015',
      '2016',
      '2015.10',
    ]);
    expect(form?.versions[1]).toMatchObject({
      schemaId: `urn:bieu-mau:${FORM}:2016`,
      locales: ['en'],
      problems: [],
    });
  });

  it('lists a broken form with its problems without hiding the good one', async () => {
    copyForms();
    mkdirSync(path.join(root, 'mau-hong', '2020'), { recursive: true });
    writeFileSync(path.join(root, 'mau-hong', 'form.json'), '{ "title": ');
    writeFileSync(path.join(root, 'mau-hong', '2020', 'schema.json'), '{}');
    const catalog = await scanCatalog(createFsFormsSource(root));
    const [good, broken] = catalog.forms;
    expect(broken.formId).toBe('mau-hong');
    expect(broken.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'mau-hong/form.json', pointer: '' }),
      ]),
    );
    expect(broken.versions[0].problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'mau-hong/2020/uischema.json' }),
      ]),
    );
    expect(good.formId).toBe(FORM);
    expect(good.versions[0].problems).toEqual([]);
  });

  it('reports an unreadable forms folder as a catalog problem', async () => {
    const catalog = await scanCatalog(createFsFormsSource('/nonexistent-dir'));
    expect(catalog.forms).toEqual([]);
    expect(catalog.problems).toHaveLength(1);
  });
});

describe('loadDefinition', () => {
  it('assembles the 2015 definition with its English labels', async () => {
    const def = await loadDefinition(
      createFsFormsSource('forms'),
      FORM,
      '2015',
    );
    expect(def.schema.$id).toBe(`urn:bieu-mau:${FORM}:2015`);
    expect(Object.keys(def.translations)).toEqual(['en']);
  });

  it('throws DefinitionError naming the broken file', async () => {
    copyForms();
    writeFileSync(path.join(root, FORM, '2015', 'uischema.json'), '[');
    const error = await loadDefinition(createFsFormsSource(root), FORM, '2015')
      .then(() => undefined)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DefinitionError);
    expect((error as DefinitionError).problems[0].file).toBe(
      `${FORM}/2015/uischema.json`,
    );
  });

  it('refuses a version name that climbs out of the forms folder', async () => {
    await expect(
      loadDefinition(createFsFormsSource('forms'), FORM, '../..'),
    ).rejects.toBeInstanceOf(DefinitionError);
  });
});

describe('createFsFormsSource', () => {
  it('refuses paths that leave its folder and reads missing files as undefined', async () => {
    const source = createFsFormsSource('forms');
    await expect(source.read('../package.json')).rejects.toThrow(/ngoài/);
    await expect(source.read('/etc/hostname')).rejects.toThrow(/ngoài/);
    expect(await source.read(`${FORM}/nope.json`)).toBeUndefined();
  });
});
