import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDefinitionFiles } from '../../src/core/definition/definition-files';
import { definitionFingerprint } from '../../src/core/definition/files-fingerprint';
import { generatedValidator } from '../../src/core/validation/run-precompiled';
import { createFsFormsSource } from '../../src/node/fs-forms-source';
import { FORM_ID, startServer, testConfig } from './test-server';

const base = `/forms/${FORM_ID}/2015`;

describe('validators generated ahead of time, served beside the definition', () => {
  it('serves both files, made from the files on disk, uncached', async () => {
    const config = testConfig();
    const app = startServer(config);
    const files = await readDefinitionFiles(
      createFsFormsSource(config.formsDir),
      FORM_ID,
      '2015',
    );

    const parts = await app.inject(`${base}/precompiled-parts.json`);
    const conditions = await app.inject(`${base}/precompiled-conditions.json`);

    for (const response of [parts, conditions]) {
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-type']).toMatch(/application\/json/);
      expect(response.json().fingerprint).toBe(definitionFingerprint(files));
    }
    const root = parts.json().parts[0];
    expect(root.key).toBe('');
    expect(generatedValidator(root.code)({})).toBe(false);
    expect(conditions.json().schemas).toContain('{"const":"co"}');
  });

  it('makes them again after an edit, for the edited files', async () => {
    const config = testConfig();
    const app = startServer(config);
    const schemaFile = path.join(config.formsDir, FORM_ID, '2015/schema.json');
    const before = (await app.inject(`${base}/precompiled-parts.json`)).json();
    const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
    schema.properties.generalInfo.properties.staffTotal.maximum = 10;
    fs.writeFileSync(schemaFile, JSON.stringify(schema, null, 2));

    const after = (await app.inject(`${base}/precompiled-parts.json`)).json();

    expect(after.fingerprint).not.toBe(before.fingerprint);
    const generalInfo = (file: any) =>
      file.parts.find((p: any) => p.key === 'generalInfo').code;
    const tooMany = (code: string) => {
      const check = generatedValidator(code);
      check({ generalInfo: { staffTotal: 11 } });
      return (check.errors ?? []).some(
        (e) => e.keyword === 'maximum' && e.params.limit === 10,
      );
    };
    expect(tooMany(generalInfo(after))).toBe(true);
    expect(tooMany(generalInfo(before))).toBe(false);
  });

  it('answers a clear 404 for an unknown or broken version, and no path escapes', async () => {
    const config = testConfig();
    const app = startServer(config);
    const broken = path.join(config.formsDir, FORM_ID, '2016');
    fs.mkdirSync(broken);
    fs.writeFileSync(path.join(broken, 'schema.json'), '{ "type": ');
    fs.writeFileSync(path.join(broken, 'uischema.json'), '{}');
    // A folder where a file should be.
    const odd = path.join(config.formsDir, FORM_ID, '2017');
    fs.mkdirSync(path.join(odd, 'schema.json'), { recursive: true });

    const replies = await Promise.all(
      [
        `/forms/${FORM_ID}/1999/precompiled-parts.json`,
        `/forms/${FORM_ID}/2016/precompiled-parts.json`,
        `/forms/${FORM_ID}/2016/precompiled-conditions.json`,
        `/forms/${FORM_ID}/2017/precompiled-parts.json`,
        `/forms/..%2f..%2fdata/2015/precompiled-parts.json`,
        `/forms/${FORM_ID}/..%2f..%2f/precompiled-parts.json`,
      ].map((url) => app.inject(url)),
    );

    for (const reply of replies) {
      expect(reply.statusCode).toBe(404);
      expect(reply.json().message).toMatch(/Không có mã kiểm tra viết sẵn/);
    }
  });
});
