import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  ADMIN_TOKEN,
  bearer,
  envelopeFor,
  startServer,
  testConfig,
} from './test-server';

describe('serving the app and the definitions', () => {
  it('computes forms/index.json from disk, so a new version shows at once', async () => {
    const config = testConfig();
    const app = startServer(config);
    const before = (await app.inject('/forms/index.json')).json();
    const formDir = path.join(config.formsDir, 'bao-cao-ung-dung-cntt');
    fs.cpSync(path.join(formDir, '2015'), path.join(formDir, '2016'), {
      recursive: true,
    });

    const after = await app.inject('/forms/index.json');

    expect(before.forms[0].versions.map((v: any) => v.version)).toEqual([
      '2015',
    ]);
    expect(after.headers['cache-control']).toBe('no-cache');
    const versions = after.json().forms[0].versions;
    expect(versions.map((v: any) => v.version)).toContain('2016');
  });

  it('serves definition files uncached and never a file outside forms/', async () => {
    const app = startServer();

    const schema = await app.inject(
      '/forms/bao-cao-ung-dung-cntt/2015/schema.json',
    );
    const escapes = await Promise.all(
      [
        '/forms/../package.json',
        '/forms/%2e%2e/package.json',
        '/forms/bao-cao-ung-dung-cntt/..%2f..%2fdata/submissions.db',
      ].map((url) => app.inject(url)),
    );

    expect(schema.statusCode).toBe(200);
    expect(schema.headers['cache-control']).toBe('no-cache');
    expect(schema.json().$id).toBe('urn:bieu-mau:bao-cao-ung-dung-cntt:2015');
    for (const response of escapes) {
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.body).not.toContain('"dependencies"');
    }
  });

  it('validates against an edited definition without a restart', async () => {
    const config = testConfig();
    const app = startServer(config);
    const schemaFile = path.join(
      config.formsDir,
      'bao-cao-ung-dung-cntt/2015/schema.json',
    );
    const accepted = await app.inject({
      method: 'POST',
      url: '/api/submissions',
      payload: envelopeFor(),
    });
    const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
    schema.properties.generalInfo.properties.staffTotal.maximum = 10;
    fs.writeFileSync(schemaFile, JSON.stringify(schema, null, 2));

    const refused = await app.inject({
      method: 'POST',
      url: '/api/submissions',
      payload: envelopeFor(),
    });

    expect(accepted.statusCode).toBe(201);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors.map((e: any) => e.path)).toEqual([
      '/answers/generalInfo/staffTotal',
    ]);
  });

  it('serves the app: hashed assets for a year, index.html and sw.js revalidated', async () => {
    const app = startServer();

    const home = await app.inject('/');
    const asset = await app.inject('/assets/app-3f9a.js');
    const worker = await app.inject('/sw.js');
    const deepLink = await app.inject({
      url: '/ban-nhap',
      headers: { accept: 'text/html' },
    });

    expect(home.body).toBe('<p>Biểu mẫu</p>');
    expect(home.headers['cache-control']).toBe('no-cache');
    expect(asset.headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(worker.headers['cache-control']).toBe('no-cache');
    expect(deepLink.body).toBe('<p>Biểu mẫu</p>');
  });

  it('answers unknown API paths with a JSON 404, not the app page', async () => {
    const app = startServer();

    const response = await app.inject({
      url: '/api/khong-co',
      headers: { accept: 'text/html' },
    });

    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: 'not-found' });
  });

  it('reports health after touching the database', async () => {
    const app = startServer();

    const response = await app.inject('/healthz');

    expect(response.json()).toEqual({ ok: true });
  });

  it('logs requests without the admin token or any answer', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = startServer(testConfig(), {
      logger: { level: 'trace', stream },
    });
    const envelope = envelopeFor();

    await app.inject({
      method: 'POST',
      url: '/api/submissions',
      payload: envelope,
      headers: bearer(),
    });
    await app.inject({ url: '/api/submissions', headers: bearer() });
    await app.inject({
      url: `/api/submissions/${envelope.submissionId}`,
      headers: bearer(),
    });

    const log = lines.join('');
    expect(log).toContain(envelope.submissionId);
    expect(log).not.toContain(ADMIN_TOKEN);
    expect(log).not.toContain('Vĩnh An');
  });
});
