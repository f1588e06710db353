import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { scanCatalog } from '../../core/catalog';
import type { FormsSource } from '../../core/definition/types';

/**
 * Call once while building the server: the catalogue and the definition
 * files, both read from disk on every request so an administrator's edit
 * is live after a reload. `send` refuses paths that climb out of the root.
 */
export function registerFormsRoutes(
  app: FastifyInstance,
  formsDir: string,
  source: FormsSource,
): void {
  app.get('/forms/index.json', async (_request, reply) => {
    const catalog = await scanCatalog(source);
    return reply.header('cache-control', 'no-cache').send(catalog);
  });

  app.register(fastifyStatic, {
    root: formsDir,
    prefix: '/forms/',
    decorateReply: false,
    index: false,
    dotfiles: 'deny',
    cacheControl: false,
    setHeaders: (res) => res.setHeader('cache-control', 'no-cache'),
  });
}
