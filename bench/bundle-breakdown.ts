import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';

/** Gzip bytes per package (or `src/<folder>`) inside each output chunk. */
type Breakdown = Map<string, Map<string, number>>;

function owner(id: string): string {
  const nodeModules = id.lastIndexOf('node_modules/');
  if (nodeModules >= 0) {
    const parts = id.slice(nodeModules + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const src = id.indexOf('/src/');

  return src >= 0
    ? id
        .slice(src + 1)
        .split('/')
        .slice(0, 3)
        .join('/')
    : id;
}

function collector(into: Breakdown): Plugin {
  return {
    name: 'bench-bundle-breakdown',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const sizes = new Map<string, number>();
        for (const [id, module] of Object.entries(chunk.modules)) {
          const code = module.code ?? '';
          const bytes = code ? gzipSync(code, { level: 9 }).length : 0;
          sizes.set(owner(id), (sizes.get(owner(id)) ?? 0) + bytes);
        }
        into.set(chunk.fileName, sizes);
      }
    },
  };
}

/**
 * Call to see what each chunk of a build is made of (per-module gzip, so
 * totals run a little above the chunk's own gzip size).
 */
export async function bundleBreakdown(configFile: string): Promise<Breakdown> {
  const breakdown: Breakdown = new Map();
  const outDir = await mkdtemp(join(tmpdir(), 'bieu-mau-breakdown-'));
  try {
    await build({
      configFile,
      logLevel: 'silent',
      plugins: [collector(breakdown)],
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }

  return breakdown;
}

function print(breakdown: Breakdown): void {
  for (const [chunk, sizes] of breakdown) {
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    console.log(`${chunk}: ${(total / 1024).toFixed(1)} KiB gzip`);
    const top = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 12);
    for (const [name, bytes] of top) {
      const share = ((bytes / total) * 100).toFixed(0);
      console.log(
        `  ${(bytes / 1024).toFixed(1).padStart(7)} KiB ${share.padStart(3)} %  ${name}`,
      );
    }
  }
}

// `tsx bench/bundle-breakdown.ts [vite config]`: our app by default.
if (process.argv[1]?.endsWith('bundle-breakdown.ts')) {
  bundleBreakdown(process.argv[2] ?? 'vite.config.ts').then(print, (error) => {
    console.error(`Could not build for the breakdown: ${String(error)}`);
    process.exit(1);
  });
}
