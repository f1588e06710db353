import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createPostClient, readHead } from '../../bench/http-client';

describe('the load client reads only answers it can frame', () => {
  it('takes the status and the length of a plain answer', () => {
    expect(
      readHead('HTTP/1.1 201 Created\r\ncontent-length: 12\r\nfoo: bar'),
    ).toEqual({ status: 201, contentLength: 12, keepAlive: true });
    expect(
      readHead('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close'),
    ).toEqual({ status: 200, contentLength: 0, keepAlive: false });
  });

  it('refuses chunked, unframed, doubled or garbled answers', () => {
    const refused = [
      'HTTP/1.1 201 Created\r\ntransfer-encoding: chunked',
      'HTTP/1.1 201 Created',
      'HTTP/1.1 201 Created\r\ncontent-length: 2\r\ncontent-length: 3',
      'HTTP/1.1 201 Created\r\ncontent-length: -1',
      'SSH-2.0 201',
      'HTTP/1.1 201 Created\r\nno colon here\r\ncontent-length: 2',
    ];
    for (const head of refused) expect(readHead(head)).toBeUndefined();
  });
});

describe('the load client against a real server', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((done) => server?.close(() => done())));

  async function serve(handler: Parameters<typeof createServer>[1]) {
    server = createServer(handler);
    await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    return new URL(`http://127.0.0.1:${port}/api/submissions`);
  }

  it('sends each body whole and gets each status, reusing connections', async () => {
    const bodies: string[] = [];
    const sockets = new Set<unknown>();
    const target = await serve((request, response) => {
      sockets.add(request.socket);
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString()));
      request.on('end', () => {
        bodies.push(text);
        const status = text.includes('bad') ? 422 : 201;
        const answer = JSON.stringify({ got: text.length });
        response.writeHead(status, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(answer),
        });
        response.end(answer);
      });
    });
    const client = createPostClient(target);
    const body = (n: number) =>
      Buffer.from(JSON.stringify({ n, pad: 'x'.repeat(20_000) }));
    for (let round = 0; round < 3; round++) {
      const statuses = await Promise.all([
        client.post(body(1)),
        client.post(body(2)),
        client.post(Buffer.from('"bad"')),
      ]);
      expect(statuses).toEqual([201, 201, 422]);
    }
    client.close();
    expect(bodies).toHaveLength(9);
    expect(bodies.filter((b) => b.length > 20_000)).toHaveLength(6);
    expect(sockets.size).toBeLessThanOrEqual(3);
  });

  it('counts a chunked answer and a dropped connection as failures', async () => {
    const target = await serve((request, response) => {
      request.resume();
      request.on('end', () => {
        if (request.headers['content-length'] === '1') {
          response.writeHead(201);
          response.write('{');
          response.end('}');
        } else request.socket.destroy();
      });
    });
    const client = createPostClient(target);
    expect(await client.post(Buffer.from('1'))).toBe(0);
    expect(await client.post(Buffer.from('22'))).toBe(0);
    client.close();
  });

  it('gives up on a server that does not answer', async () => {
    const target = await serve(() => {});
    const client = createPostClient(target, { timeoutMs: 50 });
    expect(await client.post(Buffer.from('{}'))).toBe(0);
    client.close();
  });
});
