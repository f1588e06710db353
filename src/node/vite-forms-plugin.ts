import { readdir, readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import type { Plugin } from 'vite';
import { createCatalogCache } from '../core/catalog/scan-catalog';
import { formsFingerprint } from './forms-fingerprint';
import { createFsFormsSource } from './fs-forms-source';
import {
  PRECOMPILED_FILES,
  type PrecompiledKind,
} from '../core/validation/precompiled-format';
import {
  precompiledChecksFiles,
  type PrecompiledChecksText,
} from '../core/validation/precompiled-file';

/** Where the definitions live; relative paths start at the project root. */
export interface FormsPluginOptions {
  formsDir: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** Every file under `dir`, as paths relative to it, dot-files left out. */
export async function listFilesDeep(
  dir: string,
  prefix = '',
): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), {
    withFileTypes: true,
  });
  const nested = await Promise.all(
    entries
      .filter((e) => !e.name.startsWith('.'))
      .map((e) => {
        const relative = prefix ? `${prefix}/${e.name}` : e.name;
        return e.isDirectory() ? listFilesDeep(dir, relative) : [relative];
      }),
  );

  return nested.flat();
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-store');
  res.end(body);
}

function precompiledKindOf(name: string | undefined) {
  const found = Object.entries(PRECOMPILED_FILES).find(([, n]) => n === name);

  return found?.[0] as PrecompiledKind | undefined;
}

/**
 * Serve and ship the form definitions: in `vite dev`, `/forms/index.json` is
 * as on disk at each request (checked again only when a file's mtime or size
 * changed) and `/forms/**` are the files as on disk; `vite build` copies the
 * folder into the output with its index.json.
 */
export function formsPlugin({ formsDir }: FormsPluginOptions): Plugin {
  let root = path.resolve(formsDir);
  let base = '/';
  // Made again when the root moves (configResolved runs after creation).
  let cache: { root: string; catalog: () => Promise<unknown> } | undefined;
  const catalogJson = async () => {
    if (cache?.root !== root) {
      const source = createFsFormsSource(root);
      const dir = root;
      cache = {
        root,
        catalog: createCatalogCache(source, () => formsFingerprint(dir)),
      };
    }
    return JSON.stringify(await cache.catalog(), null, 2);
  };
  let precompiled: { root: string; text: PrecompiledChecksText } | undefined;
  const precompiledText = (
    formId: string,
    version: string,
    kind: PrecompiledKind,
  ) => {
    if (precompiled?.root !== root) {
      const text = precompiledChecksFiles(createFsFormsSource(root));
      precompiled = { root, text };
    }
    return precompiled.text(formId, version, kind);
  };

  return {
    name: 'bieu-mau-forms',
    configResolved(config) {
      root = path.resolve(config.root, formsDir);
      base = config.base.startsWith('/') ? config.base : '/';
    },
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0]);
        const prefix = [`${base}forms/`, '/forms/'].find((p) =>
          url.startsWith(p),
        );
        if (!prefix || (req.method !== 'GET' && req.method !== 'HEAD')) {
          return next();
        }
        const file = url.slice(prefix.length);
        try {
          if (file === 'index.json') {
            return send(res, 200, CONTENT_TYPES['.json'], await catalogJson());
          }
          const [formId, version, name, ...deeper] = file.split('/');
          const kind = precompiledKindOf(name);
          if (kind && deeper.length === 0) {
            const text = await precompiledText(formId, version, kind);
            return text === undefined
              ? send(
                  res,
                  404,
                  'text/plain; charset=utf-8',
                  `Không có mã kiểm tra viết sẵn cho ${formId}/${version}.`,
                )
              : send(res, 200, CONTENT_TYPES['.json'], text);
          }
          const text = await createFsFormsSource(root).read(file);
          if (text === undefined) {
            return send(
              res,
              404,
              'text/plain; charset=utf-8',
              `Không có tệp ${file}.`,
            );
          }
          const type =
            CONTENT_TYPES[path.extname(file)] ?? 'text/plain; charset=utf-8';
          send(res, 200, type, text);
        } catch (error) {
          const message =
            error instanceof Error ? error.message : String(error);
          send(res, 400, 'text/plain; charset=utf-8', message);
        }
      });
    },
    async generateBundle() {
      const generatedNames = Object.values(PRECOMPILED_FILES) as string[];
      for (const file of await listFilesDeep(root)) {
        if (file === 'index.json') continue;
        // Those names are the generated files' (written below), never an
        // administrator's file.
        if (generatedNames.includes(path.basename(file))) continue;
        const source = await readFile(path.join(root, file));
        this.emitFile({ type: 'asset', fileName: `forms/${file}`, source });
      }
      const index = await catalogJson();
      const problems = (index.match(/"pointer":/g) ?? []).length;
      if (problems > 0) {
        this.warn(
          `forms/ có ${problems} lỗi định nghĩa; chạy npm run forms:check để xem và sửa.`,
        );
      }
      this.emitFile({
        type: 'asset',
        fileName: 'forms/index.json',
        source: index,
      });
      // Served beside the files, so a page hosted without our server still
      // checks answers without compiling the schema.
      const catalog = JSON.parse(index) as {
        forms: { formId: string; versions: { version: string }[] }[];
      };
      for (const form of catalog.forms) {
        for (const { version } of form.versions) {
          for (const [kind, name] of Object.entries(PRECOMPILED_FILES)) {
            const text = await precompiledText(
              form.formId,
              version,
              kind as PrecompiledKind,
            );
            if (text === undefined) continue;
            this.emitFile({
              type: 'asset',
              fileName: `forms/${form.formId}/${version}/${name}`,
              source: text,
            });
          }
        }
      }
    },
  };
}
