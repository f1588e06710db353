import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { OfficeApiClosedError, UnauthorizedError } from './errors';

/**
 * Builds the check the office read routes run first. Both sides are
 * hashed before comparing, so neither the length nor the bytes of the
 * token leak through timing.
 */
export function createOfficeAuth(adminToken: string | undefined) {
  const expected = adminToken === undefined ? undefined : digest(adminToken);

  return async function requireOfficeToken(request: FastifyRequest) {
    if (expected === undefined) throw new OfficeApiClosedError();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match || !timingSafeEqual(digest(match[1]), expected)) {
      throw new UnauthorizedError();
    }
  };
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
