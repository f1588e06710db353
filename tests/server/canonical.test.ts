import { describe, expect, it } from 'vitest';
import { canonicalHash, canonicalJson } from '../../src/server/canonical';

describe('canonical JSON of a report', () => {
  it('ignores key order at every level but keeps array order', () => {
    const a = { b: [1, { y: 'ư', x: null }], a: true };
    const b = JSON.parse('{ "a": true, "b": [1, {"x": null, "y": "ư"}] }');

    expect(canonicalJson(a)).toBe('{"a":true,"b":[1,{"x":null,"y":"ư"}]}');
    expect(canonicalHash(a)).toBe(canonicalHash(b));
    expect(canonicalHash({ b: [{ x: null, y: 'ư' }, 1], a: true })).not.toBe(
      canonicalHash(a),
    );
  });
});
