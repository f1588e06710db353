import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { createCatalogCache } from '../../core/catalog';
import type { Catalog, FormsSource } from '../../core/definition/types';
import { PRECOMPILED_FILES } from '../../core/validation/precompiled-format';
import type { PrecompiledChecksText } from '../../core/validation/precompiled-file';
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
  precompiled: PrecompiledChecksText,
): void {
  app.get('/forms/index.json', async (_request, reply) => {
    const catalog = await currentCatalog();
    return reply.header('cache-control', 'no-cache').send(catalog);
  });

  // Not files on disk: generated from the version's files as they are now.
  for (const [kind, file] of Object.entries(PRECOMPILED_FILES)) {
    app.get<{ Params: { formId: string; version: string } }>(
      `/forms/:formId/:version/${file}`,
      async (request, reply) => {
        const { formId, version } = request.params;
        const text = await precompiled(
          formId,
          version,
          kind as keyof typeof PRECOMPILED_FILES,
        );
        if (text === undefined) {
          return reply.code(404).send({
            error: 'not-found',
            message: `Không có mã kiểm tra viết sẵn cho biểu mẫu "${formId}" phiên bản "${version}": biểu mẫu không có, hoặc định nghĩa có lỗi (chạy npm run forms:check để xem).`,
            errors: [],
          });
        }
        return reply
          .header('cache-control', 'no-cache')
          .type('application/json; charset=utf-8')
          .send(text);
      },
    );
  }

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
