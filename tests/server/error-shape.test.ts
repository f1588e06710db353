import { describe, expect, it } from 'vitest';
import { startServer } from './test-server';

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậếềịọốồớờụủứừữỳ]/i;

/** Every refusal: exactly these keys, a code and a Vietnamese message. */
function expectOneShape(body: Record<string, unknown>, code: string) {
  expect(Object.keys(body).sort()).toEqual(['error', 'errors', 'message']);
  expect(body.error).toBe(code);
  expect(body.message).toMatch(VIETNAMESE);
  expect(body.errors).toEqual([]);
}

describe('every error the server answers has one JSON shape', () => {
  it('answers 400 bad-url in Vietnamese for a URL that does not decode', async () => {
    const app = startServer();

    const response = await app.inject({ url: '/%ff' });

    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expectOneShape(response.json(), 'bad-url');
  });

  it.each([
    ['climbing out of the forms folder', '/forms/..%2f..%2fetc/passwd'],
    ['a hidden file', '/forms/bao-cao-ung-dung-cntt/.hidden'],
    ['a folder', '/forms/bao-cao-ung-dung-cntt/2015/'],
  ])('answers 403 forbidden-path for %s', async (_name, url) => {
    const app = startServer();

    const response = await app.inject({ url });

    expect(response.statusCode).toBe(403);
    expectOneShape(response.json(), 'forbidden-path');
  });

  it.each([
    ['an unknown API path', 'GET', '/api/khong-co'],
    ['a missing definition file', 'GET', '/forms/khong-co.json'],
    ['a method no route takes', 'DELETE', '/api/submissions'],
  ])('answers 404 not-found for %s', async (_name, method, url) => {
    const app = startServer();

    const response = await app.inject({ method: method as 'GET', url });

    expect(response.statusCode).toBe(404);
    expectOneShape(response.json(), 'not-found');
  });

  it('answers 401 unauthorized in the same shape', async () => {
    const app = startServer();

    const response = await app.inject({ url: '/api/submissions' });

    expect(response.statusCode).toBe(401);
    expectOneShape(response.json(), 'unauthorized');
  });
});
