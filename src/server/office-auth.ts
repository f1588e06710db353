import { createHash, timingSafeEqual } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyRequest } from 'fastify';
import {
  OfficeApiClosedError,
  TooManyTokenFailuresError,
  UnauthorizedError,
} from './errors';
import {
  createTokenFailures,
  DEFAULT_TOKEN_FAILURE_POLICY,
  type TokenFailurePolicy,
} from './token-failures';

/**
 * Builds the check the office read routes run first. Both sides are
 * hashed before comparing, so neither the length nor the bytes of the
 * token leak through timing. Wrong tokens from one address are answered
 * ever more slowly and, past `lockoutAfter`, refused for a while.
 */
export function createOfficeAuth(
  adminToken: string | undefined,
  policy: TokenFailurePolicy = DEFAULT_TOKEN_FAILURE_POLICY,
) {
  const expected = adminToken === undefined ? undefined : digest(adminToken);
  const failures = createTokenFailures(policy);

  return async function requireOfficeToken(request: FastifyRequest) {
    if (expected === undefined) throw new OfficeApiClosedError();
    if (failures.isLockedOut(request.ip)) {
      throw new TooManyTokenFailuresError(policy.windowMs);
    }
    const header = request.headers.authorization ?? '';
    // No token at all is a page opened before signing in, not a guess.
    if (header === '') throw new UnauthorizedError();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (match && timingSafeEqual(digest(match[1]), expected)) {
      failures.succeed(request.ip);
      return;
    }
    const { failures: count, delayMs } = failures.fail(request.ip);
    request.log.warn(
      { ip: request.ip, failures: count, delayMs },
      'wrong admin token',
    );
    if (delayMs > 0) await sleep(delayMs);
    throw new UnauthorizedError();
  };
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
