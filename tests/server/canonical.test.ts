import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  canonicalAnswers,
  canonicalHash,
  canonicalJson,
  canonicalJsonWith,
  sha256,
} from '../../src/server/canonical';
import { envelopeFor } from '../../src/server/testing/envelopes';

const sha256Of = (text: string) =>
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
    expect(canonicalHash(report)).toBe(sha256Of(text));
  });

  it('orders keys as sort() does: by UTF-16 code units', () => {
    const keys = ['b', 'B', 'a', 'é', '_', 'aa', 'a b', 'Đ', 'z', 'ả', 'A'];
    const record = Object.fromEntries(keys.map((key) => [key, 1]));

    expect(Object.keys(JSON.parse(canonicalJson(record)))).toEqual(
      [...keys].sort(),
    );
    const many = Array.from({ length: 100 }, (_, i) => `k${(i * 37) % 100}`);
    const wide = Object.fromEntries(many.map((key) => [key, 1]));
    expect(Object.keys(JSON.parse(canonicalJson(wide)))).toEqual(
      [...many].sort(),
    );
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

describe('canonical text printed from one copy of the answers', () => {
  const identity = (answers: unknown) => ({
    submissionId: 'a1',
    formId: 'f',
    answers,
    envelopeVersion: 1,
  });

  it('gives the text canonicalJson gives for the whole report', () => {
    const answers = { z: [{ b: 2, a: 1 }], y: 'ệ', x: { d: null, c: [1] } };
    const { answers: copy, json } = canonicalAnswers(answers);
    const { answers: _answers, ...rest } = identity(answers);

    expect(canonicalJsonWith(rest, 'answers', json)).toBe(
      canonicalJson(identity(answers)),
    );
    expect(copy).toEqual(answers);
    expect(copy).not.toBe(answers);
    expect(Object.keys(copy)).toEqual(['x', 'y', 'z']);
  });

  it('falls back to the walked text for integer-like keys', () => {
    const answers = { b: { '10': 1, '2': 2 }, a: 'x' };
    const { answers: same, json } = canonicalAnswers(answers);

    expect(json).toBe('{"a":"x","b":{"10":1,"2":2}}');
    expect(same).toBe(answers);
    expect(canonicalJsonWith({ f: 1 }, 'answers', json)).toBe(
      canonicalJson({ f: 1, answers }),
    );
  });

  it('hashes the complete sample report as the whole-report text does', () => {
    const envelope = envelopeFor();
    const { submittedAt: _s, appVersion: _a, ...identity } = envelope;
    const { answers, ...rest } = identity;
    const { json } = canonicalAnswers(answers);

    expect(sha256(canonicalJsonWith(rest, 'answers', json))).toBe(
      canonicalHash(identity),
    );
  });
});
