import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createFsFormsSource } from '../../src/node/fs-forms-source';
import { createFormVersions } from '../../src/server/form-versions';
import { testConfig } from './test-server';

const FORM = 'bao-cao-ung-dung-cntt';
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('the cached form versions', () => {
  it('look at the disk once per turn of the event loop', async () => {
    const { formsDir } = testConfig();
    const versions = createFormVersions(
      formsDir,
      createFsFormsSource(formsDir),
    );
    const first = await versions.load(FORM, '2015');
    const schemaFile = path.join(formsDir, FORM, '2015/schema.json');
    const stats = vi.spyOn(fs, 'statSync');
    try {
      await nextTurn();
      await Promise.all([1, 2, 3].map(() => versions.load(FORM, '2015')));
      const oneTurn = stats.mock.calls.length;
      await nextTurn();
      await versions.load(FORM, '2015');
      expect(oneTurn).toBeGreaterThan(0);
      expect(stats.mock.calls.length).toBe(oneTurn * 2);
    } finally {
      stats.mockRestore();
    }

    // An edit is seen by the first report of a later turn.
    const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
    schema.title = 'Đã sửa';
    fs.writeFileSync(schemaFile, JSON.stringify(schema, null, 2) + '\n\n');
    await nextTurn();
    const edited = await versions.load(FORM, '2015');
    expect(edited).not.toBe(first);
    expect(edited.definition.schema.title).toBe('Đã sửa');
  });
});
