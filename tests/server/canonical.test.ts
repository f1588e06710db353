import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalHash, canonicalJson } from '../../src/server/canonical';

const sha256 = (text: string) =>
  createHash('sha256').update(text).digest('hex');

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

  it('hashes the SHA-256 of that text, as reports already stored were', () => {
    const report = { formId: 'f', answers: { z: [{ b: 2, a: 1 }], y: 'ệ' } };
    const text = '{"answers":{"y":"ệ","z":[{"a":1,"b":2}]},"formId":"f"}';

    expect(canonicalJson(report)).toBe(text);
    expect(canonicalHash(report)).toBe(sha256(text));
  });

  it('sorts integer-like keys as text, not in the order objects keep them', () => {
    const value = { b: { '10': 1, '2': 2, x: 3 }, '1': [] };

    expect(canonicalJson(value)).toBe('{"1":[],"b":{"10":1,"2":2,"x":3}}');
  });

  it('keeps a __proto__ key as a key', () => {
    const value = JSON.parse('{"b":1,"__proto__":{"y":1,"x":2}}') as object;

    expect(canonicalJson(value)).toBe('{"__proto__":{"x":2,"y":1},"b":1}');
  });
});
