import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const codeOf = (error: unknown): string =>
  (error as NodeJS.ErrnoException)?.code ?? String(error);

async function fileLine(dir: string, relative: string): Promise<string> {
  const file = await stat(path.join(dir, relative)).catch(codeOf);
  return typeof file === 'string'
    ? `${relative} ${file}`
    : `${relative} ${file.mtimeMs} ${file.size}`;
}

async function folderLines(dir: string, prefix: string): Promise<string[]> {
  const folder = path.join(dir, prefix);
  try {
    const [own, entries] = await Promise.all([
      stat(folder),
      readdir(folder, { withFileTypes: true }),
    ]);
    const nested = await Promise.all(
      entries.map((entry) => {
        const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
        return entry.isDirectory()
          ? folderLines(dir, relative)
          : fileLine(dir, relative).then((line) => [line]);
      }),
    );
    // A folder's mtime changes when an entry is added, removed or renamed.
    return [`${prefix}/ ${own.mtimeMs}`, ...nested.flat()];
  } catch (error) {
    // Unreadable now: its error code stands in, so recovery is a change.
    return [`${prefix}/ ${codeOf(error)}`];
  }
}

/**
 * One line per file and folder under `dir` with its mtime and size: call
 * it to tell cheaply whether anything in a forms folder has changed.
 */
export async function formsFingerprint(dir: string): Promise<string> {
  return (await folderLines(dir, '')).sort().join('\n');
}
