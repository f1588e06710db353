import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FormsSource } from '../core/definition/types';

/** Resolve a path inside the root, refusing anything that would leave it. */
export function insideRoot(rootDir: string, relative: string): string {
  const root = path.resolve(rootDir);
  const segments = relative.split(/[\\/]/);
  const escapes =
    path.isAbsolute(relative) ||
    relative.includes('\0') ||
    segments.includes('..');
  const resolved = path.resolve(root, relative);
  if (escapes || (resolved !== root && !resolved.startsWith(root + path.sep))) {
    throw new Error(
      `Đường dẫn "${relative}" nằm ngoài thư mục biểu mẫu; chỉ được đọc tệp bên trong ${root}.`,
    );
  }

  return resolved;
}

const isMissing = (error: unknown): boolean =>
  ['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException)?.code ?? '');

/**
 * Read a forms folder from disk: the server, the CLI and the Vite plugin use
 * it. Paths are relative to `rootDir` and may never climb out of it.
 */
export function createFsFormsSource(rootDir: string): FormsSource {
  return {
    async list(dir) {
      const entries = await readdir(insideRoot(rootDir, dir), {
        withFileTypes: true,
      });
      return entries
        .filter((e) => !e.name.startsWith('.'))
        .map((e) => ({ name: e.name, isDirectory: e.isDirectory() }));
    },
    async read(file) {
      try {
        return await readFile(insideRoot(rootDir, file), 'utf8');
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
  };
}
