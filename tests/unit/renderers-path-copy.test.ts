import fpSet from 'lodash/fp/set';
import fpUnset from 'lodash/fp/unset';
import { describe, expect, it } from 'vitest';
import { setCopy, unsetCopy } from '../../src/renderers/lodash/path-copy';

// The answers' shapes JSON Forms writes into: sections, tables, cells.
const answers = () => ({
  generalInfo: { reportYear: 2015, agencyName: 'UBND xã Tân Lập' },
  infrastructure: {
    servers: [
      { name: 'Máy chủ 1', count: 2 },
      { name: 'Máy chủ 2', count: 3 },
    ],
  },
  empty: null as unknown,
});

const paths = [
  'generalInfo.agencyName',
  'generalInfo.staffTotal',
  'infrastructure.servers.1.count',
  'infrastructure.servers.2.name',
  'infrastructure.servers',
  'website.functions.search',
  'empty.inner',
  'generalInfo',
];
const values = ['Phòng Văn hóa', 0, undefined, { a: 1 }, [1, 2]];

describe('the path writes used in place of lodash/fp set and unset', () => {
  for (const path of paths) {
    it(`sets "${path}" as lodash/fp does, leaving the original as it was`, () => {
      for (const value of values) {
        const original = answers();
        const before = structuredClone(original);

        const ours = setCopy(path, value, original);

        expect(ours).toEqual(fpSet(path, value, answers()));
        expect(original).toEqual(before);
        expect(ours).not.toBe(original);
      }
    });

    it(`unsets "${path}" as lodash/fp does, leaving the original as it was`, () => {
      const original = answers();
      const before = structuredClone(original);

      const ours = unsetCopy(path, original);

      expect(ours).toEqual(fpUnset(path, answers()));
      expect(original).toEqual(before);
    });
  }

  it('keeps every object off the path as the same object', () => {
    const original = answers();
    const changed = setCopy(
      'infrastructure.servers.0.count',
      5,
      original,
    ) as ReturnType<typeof answers>;

    expect(changed.generalInfo).toBe(original.generalInfo);
    expect(changed.infrastructure.servers[1]).toBe(
      original.infrastructure.servers[1],
    );
    expect(changed.infrastructure.servers[0]).not.toBe(
      original.infrastructure.servers[0],
    );
  });

  it('writes into a missing root as lodash/fp does', () => {
    // JSON Forms passes `{}` for missing answers; lodash's types say object.
    const none = undefined as unknown as object;
    expect(setCopy('a.0.b', 1, none)).toEqual(fpSet('a.0.b', 1, none));
    expect(unsetCopy('a.b', none)).toEqual(fpUnset('a.b', none));
  });
});
