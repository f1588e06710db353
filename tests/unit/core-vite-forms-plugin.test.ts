import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, createServer } from 'vite';
import { formsPlugin } from '../../src/node/vite-forms-plugin';

const root = mkdtempSync(path.join(tmpdir(), 'bieu-mau-vite-'));
cpSync('forms', path.join(root, 'forms'), { recursive: true });
writeFileSync(path.join(root, 'index.html'), '<!doctype html><p>thử</p>');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const FORM = 'bao-cao-ung-dung-cntt';

describe('formsPlugin in vite dev', () => {
  it('serves the catalog fresh from disk and the files as they are', async () => {
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [formsPlugin({ formsDir: 'forms' })],
      server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
    });
    await server.listen();
    try {
      const address = server.httpServer?.address();
      const port = typeof address === 'object' ? address?.port : 0;
      const url = (p: string) => `http://127.0.0.1:${port}/forms/${p}`;

      const first = await (await fetch(url('index.json'))).json();
      expect(first.forms[0].versions.map((v: any) => v.version)).toEqual([
        '2015',
      ]);

      const added = path.join(root, 'forms', FORM, '2016');
      cpSync(path.join(root, 'forms', FORM, '2015'), added, {
        recursive: true,
      });
      const second = await (await fetch(url('index.json'))).json();
      expect(second.forms[0].versions.map((v: any) => v.version)).toEqual([
        '2015',
        '2016',
      ]);

      const schema = await fetch(url(`${FORM}/2015/schema.json`));
      expect(schema.headers.get('content-type')).toContain('application/json');
      expect((await schema.json()).$id).toBe(`urn:bieu-mau:${FORM}:2015`);
      expect((await fetch(url(`${FORM}/2015/i18n/vi.json`))).status).toBe(404);
      expect((await fetch(url('..%2Fpackage.json'))).status).toBe(400);
      rmSync(added, { recursive: true });
    } finally {
      await server.close();
    }
  }, 60_000);
});

describe('formsPlugin in vite build', () => {
  it('copies the forms folder and writes its index.json', async () => {
    const outDir = path.join(root, 'dist');
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [formsPlugin({ formsDir: 'forms' })],
      build: { outDir, emptyOutDir: true },
    });
    const read = (p: string) =>
      JSON.parse(readFileSync(path.join(outDir, 'forms', p), 'utf8'));
    expect(read('index.json').forms[0]).toMatchObject({
      formId: FORM,
      currentVersion: '2015',
    });
    expect(read(`${FORM}/2015/uischema.json`).type).toBe('Categorization');
    expect(read(`${FORM}/form.json`).currentVersion).toBe('2015');
  }, 120_000);
});
