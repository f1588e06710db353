import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** URL prefix → folder it is served from. */
export type Mounts = Record<string, string>;

function resolveFile(mounts: Mounts, pathname: string): string | undefined {
  const prefix = Object.keys(mounts)
    .sort((a, b) => b.length - a.length)
    .find((candidate) => pathname.startsWith(candidate));
  if (prefix === undefined) return undefined;
  const root = mounts[prefix];
  const rest =
    decodeURIComponent(pathname.slice(prefix.length)) || 'index.html';
  const file = normalize(join(root, rest));

  return file.startsWith(normalize(root) + sep) ? file : undefined;
}

/**
 * Call to serve the baseline page and the definition files on 127.0.0.1 at
 * a free port; the caller closes it. Files are read per request, uncompressed,
 * so byte counts are gzipped by the bench itself for both pages alike.
 */
export async function startStaticServer(
  mounts: Mounts,
): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = resolveFile(mounts, pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        response.writeHead(200, { 'content-type': type }).end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return { server, origin: `http://127.0.0.1:${port}` };
}
