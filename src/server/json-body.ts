import type { FastifyInstance } from 'fastify';
import { HostileBodyError } from './errors';

/** Deeper than any real report; a guard against stack-hungry bodies. */
export const MAX_JSON_DEPTH = 32;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Call once while building the server: makes JSON the only body type, read
 * with Fastify's poisoning checks, then also rejects deep nesting and the
 * keys that reach object prototypes, saying where.
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
      defaultParse(request, text, (error: Error | null, value?: unknown) => {
        if (error) return done(explainParseFailure(text, error));
        try {
          checkJsonShape(value);
          done(null, value);
        } catch (shapeError) {
          done(shapeError as Error);
        }
      });
    },
  );
}

/** Why the default parser refused: bad syntax, or a forbidden key. */
function explainParseFailure(text: string, original: Error): Error {
  if (text.length === 0) return original;
  let plain: unknown;
  try {
    plain = JSON.parse(text);
  } catch (syntaxError) {
    const position = /position (\d+)/.exec(String(syntaxError))?.[1];
    return new HostileBodyError(
      'Nội dung gửi lên không phải JSON hợp lệ' +
        (position ? ` (lỗi ở ký tự thứ ${position})` : '') +
        '. Hãy gửi lại báo cáo từ ứng dụng.',
    );
  }
  checkJsonShape(plain);

  return original;
}

/**
 * Throws `HostileBodyError` when `value` nests deeper than `maxDepth` or
 * has a `__proto__`, `constructor` or `prototype` key anywhere. Iterative,
 * so even a body of a million brackets cannot overflow the stack.
 */
export function checkJsonShape(value: unknown, maxDepth = MAX_JSON_DEPTH) {
  const pending: { value: unknown; pointer: string; depth: number }[] = [
    { value, pointer: '', depth: 0 },
  ];
  while (pending.length > 0) {
    const item = pending.pop()!;
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth >= maxDepth) throw tooDeep(item.pointer, maxDepth);
    for (const key of Object.keys(item.value)) {
      const pointer = `${item.pointer}/${escapePointer(key)}`;
      if (FORBIDDEN_KEYS.has(key)) throw forbiddenKey(key, pointer);
      const child = (item.value as Record<string, unknown>)[key];
      pending.push({ value: child, pointer, depth: item.depth + 1 });
    }
  }
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
