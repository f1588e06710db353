import { describe, expect, it } from 'vitest';
import { createCatalogCache } from '../../src/core/catalog';
import type { FormsSource } from '../../src/core/definition/types';
import { createFsFormsSource } from '../../src/node/fs-forms-source';

/** The repository's forms, counting every file read. */
function countingSource(): { source: FormsSource; reads: () => number } {
  const disk = createFsFormsSource('forms');
  let reads = 0;
  const source: FormsSource = {
    list: (dir) => disk.list(dir),
    read: (file) => {
      reads++;
      return disk.read(file);
    },
  };

  return { source, reads: () => reads };
}

describe('createCatalogCache', () => {
  it('reads and checks the definitions once while the fingerprint stays the same', async () => {
    const { source, reads } = countingSource();
    const catalog = createCatalogCache(source, async () => 'v1');

    const first = await catalog();
    const readsAfterFirst = reads();
    const second = await catalog();

    expect(readsAfterFirst).toBeGreaterThan(0);
    expect(reads()).toBe(readsAfterFirst);
    expect(second).toBe(first);
    expect(first.forms[0].formId).toBe('bao-cao-ung-dung-cntt');
  });

  it('scans again as soon as the fingerprint changes', async () => {
    const { source, reads } = countingSource();
    let print = 'v1';
    const catalog = createCatalogCache(source, async () => print);

    const first = await catalog();
    const readsAfterFirst = reads();
    print = 'v2';
    const second = await catalog();

    expect(reads()).toBe(readsAfterFirst * 2);
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
  });

  it('shares one scan between requests that arrive while it runs', async () => {
    const single = countingSource();
    await createCatalogCache(single.source, async () => 'v1')();
    const { source, reads } = countingSource();
    const catalog = createCatalogCache(source, async () => 'v1');

    const [a, b] = await Promise.all([catalog(), catalog()]);

    expect(a).toBe(b);
    expect(reads()).toBe(single.reads());
  });
});
