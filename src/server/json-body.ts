import type { FastifyInstance } from 'fastify';
import { HostileBodyError } from './errors';

/** Deeper than any real report; a guard against stack-hungry bodies. */
export const MAX_JSON_DEPTH = 32;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Call once while building the server: makes JSON the only body type, read
 * with the platform's parser, then rejects deep nesting and the keys that
 * reach object prototypes, saying where. That check is stricter than
 * Fastify's poisoning checks, which it replaces so a body is scanned once.
 */
export function registerJsonParser(app: FastifyInstance): void {
  const defaultParse = app.getDefaultJsonParser('error', 'error');
  // JSON only: any other type (text/plain included) gets 415.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    (request, body, done) => {
      const text = String(body);
      // Fastify's own answer for an empty body.
      if (text.length === 0) return defaultParse(request, text, done);
      let value: unknown;
      try {
        value = JSON.parse(withoutBom(text));
      } catch {
        return done(notJson(text));
      }
      try {
        checkJsonShape(value);
        done(null, value);
      } catch (shapeError) {
        done(shapeError as Error);
      }
    },
  );
}

/** A leading byte-order mark is not JSON, but editors write one. */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Why the body is not JSON, naming the character where reading stopped. */
function notJson(text: string): HostileBodyError {
  let position: string | undefined;
  try {
    JSON.parse(text);
  } catch (syntaxError) {
    position = /position (\d+)/.exec(String(syntaxError))?.[1];
  }

  return new HostileBodyError(
    'Nội dung gửi lên không phải JSON hợp lệ' +
      (position ? ` (lỗi ở ký tự thứ ${position})` : '') +
      '. Hãy gửi lại báo cáo từ ứng dụng.',
  );
}

/**
 * Throws `HostileBodyError` when `value` nests deeper than `maxDepth` or
 * has a `__proto__`, `constructor` or `prototype` key anywhere. The descent
 * stops at `maxDepth`, so even a body of a million brackets cannot
 * overflow the stack.
 */
export function checkJsonShape(value: unknown, maxDepth = MAX_JSON_DEPTH) {
  scanShape(value, 0, maxDepth, []);
}

// Every key of an object is checked before any child, and children are
// visited last key first; the keys on the way are kept only to name the
// spot when something is wrong.
function scanShape(
  value: unknown,
  depth: number,
  maxDepth: number,
  keys: string[],
): void {
  if (value === null || typeof value !== 'object') return;
  if (depth >= maxDepth) throw tooDeep(toPointer(keys), maxDepth);
  const record = value as Record<string, unknown>;
  const own = Object.keys(record);
  for (const key of own) {
    if (FORBIDDEN_KEYS.has(key)) {
      throw forbiddenKey(key, toPointer([...keys, key]));
    }
  }
  for (let index = own.length - 1; index >= 0; index--) {
    keys.push(own[index]);
    scanShape(record[own[index]], depth + 1, maxDepth, keys);
    keys.pop();
  }
}

function toPointer(keys: string[]): string {
  return keys.map((key) => `/${escapePointer(key)}`).join('');
}

function tooDeep(pointer: string, maxDepth: number): HostileBodyError {
  return new HostileBodyError(
    `Nội dung gửi lên lồng nhau quá ${maxDepth} tầng, vượt xa mọi biểu ` +
      'mẫu. Hãy gửi lại báo cáo từ ứng dụng.',
    [{ path: pointer, message: `Lồng nhau quá ${maxDepth} tầng.` }],
  );
}

function forbiddenKey(key: string, pointer: string): HostileBodyError {
  return new HostileBodyError(
    `Nội dung gửi lên có khóa "${key}" không được phép (tại ${pointer}). ` +
      'Không biểu mẫu nào dùng khóa này; hãy gửi lại từ ứng dụng.',
    [{ path: pointer, message: `Khóa "${key}" không được phép.` }],
  );
}

/** RFC 6901: `~` and `/` inside a key are escaped. */
export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
