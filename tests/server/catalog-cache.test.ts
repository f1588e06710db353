import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formsFingerprint } from '../../src/node/forms-fingerprint';
import { startServer, testConfig } from './test-server';

const FORM = 'bao-cao-ung-dung-cntt';

describe('the cached forms/index.json', () => {
  it('shows an edited title and then a broken schema on the next request', async () => {
    const config = testConfig();
    const app = startServer(config);
    const formJson = path.join(config.formsDir, FORM, 'form.json');
    const before = (await app.inject('/forms/index.json')).json();
    const again = (await app.inject('/forms/index.json')).json();

    const meta = JSON.parse(fs.readFileSync(formJson, 'utf8'));
    fs.writeFileSync(formJson, JSON.stringify({ ...meta, title: 'Mẫu mới' }));
    const retitled = (await app.inject('/forms/index.json')).json();
    fs.writeFileSync(path.join(config.formsDir, FORM, '2015/schema.json'), '{');
    const broken = (await app.inject('/forms/index.json')).json();

    expect(again).toEqual(before);
    expect(retitled.forms[0].title).toBe('Mẫu mới');
    expect(retitled.forms[0].versions[0].problems).toEqual([]);
    expect(broken.forms[0].versions[0].problems.length).toBeGreaterThan(0);
  });

  it('fingerprints a forms folder differently after a file is added, removed or rewritten', async () => {
    const { formsDir } = testConfig();
    const extra = path.join(formsDir, FORM, '2015', 'i18n', 'fr.json');
    const prints = [await formsFingerprint(formsDir)];
    fs.writeFileSync(extra, '{}');
    prints.push(await formsFingerprint(formsDir));
    fs.writeFileSync(extra, '{"a":"b"}');
    prints.push(await formsFingerprint(formsDir));
    fs.rmSync(extra);
    prints.push(await formsFingerprint(formsDir));

    expect(new Set(prints).size).toBe(4);
    expect(await formsFingerprint(formsDir)).toBe(prints[3]);
  });
});
