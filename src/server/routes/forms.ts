import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { createCatalogCache } from '../../core/catalog';
import type { Catalog, FormsSource } from '../../core/definition/types';
import { formsFingerprint } from '../../node/forms-fingerprint';

/** The catalogue as on disk now; a scan runs only after a file changed. */
export type CurrentCatalog = () => Promise<Catalog>;

/**
 * Call once while building the server: the catalogue of `formsDir`,
 * checked again only when a file's mtime or size changed. Shared by the
 * route and the warm-up, so the scan done before listening serves the
 * first request too.
 */
export function catalogOf(
  formsDir: string,
  source: FormsSource,
): CurrentCatalog {
  return createCatalogCache(source, () => formsFingerprint(formsDir));
}

/**
 * Call once while building the server: the catalogue and the definition
 * files, both as on disk at each request so an administrator's edit is
 * live after a reload. `send` refuses paths that climb out of the root.
 */
export function registerFormsRoutes(
  app: FastifyInstance,
  formsDir: string,
  currentCatalog: CurrentCatalog,
): void {
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
