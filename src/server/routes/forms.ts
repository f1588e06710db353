import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { createCatalogCache } from '../../core/catalog';
import type { FormsSource } from '../../core/definition/types';
import { formsFingerprint } from '../../node/forms-fingerprint';

/**
 * Call once while building the server: the catalogue and the definition
 * files, both as on disk at each request so an administrator's edit is
 * live after a reload. The catalogue is checked again only when a file's
 * mtime or size changed. `send` refuses paths that climb out of the root.
 */
export function registerFormsRoutes(
  app: FastifyInstance,
  formsDir: string,
  source: FormsSource,
): void {
  const currentCatalog = createCatalogCache(source, () =>
    formsFingerprint(formsDir),
  );
  app.get('/forms/index.json', async (_request, reply) => {
    const catalog = await currentCatalog();
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
