import type { FastifyInstance } from 'fastify';
import { hasBuiltSpa } from './routes/spa';

/**
 * Call once while building the server. API and definition paths answer a
 * JSON 404; any other page a browser asks for gets the app's index.html,
 * whose router then shows the right screen.
 */
export function registerNotFound(app: FastifyInstance, staticDir: string) {
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !/^\/(api|forms)(\/|$)/.test(request.url) &&
      (request.headers.accept ?? '').includes('text/html');
    if (wantsPage && hasBuiltSpa(staticDir)) {
      return reply
        .header('cache-control', 'no-cache')
        .sendFile('index.html', staticDir);
    }

    return reply.code(404).send({
      error: 'not-found',
      message: wantsPage
        ? 'Chưa có giao diện ứng dụng: người quản trị cần chạy npm run build.'
        : `Không có địa chỉ ${request.method} ${request.url.split('?')[0]}.`,
      errors: [],
    });
  });
}
