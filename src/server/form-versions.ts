import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadDefinition } from '../core/catalog';
import { DefinitionError } from '../core/definition/types';
import type {
  Catalog,
  FormDefinition,
  FormsSource,
} from '../core/definition/types';
import { compileForm } from '../core/validation';
import type { PrecompiledChecksText } from '../core/validation/precompiled-file';
import { BrokenDefinitionError, UnknownFormVersionError } from './errors';

/** A form id or version is one plain folder name, never a path. */
const SAFE_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export interface LoadedVersion {
  definition: FormDefinition;
  form: ReturnType<typeof compileForm>;
}

interface CacheEntry {
  loaded: LoadedVersion;
  /** Path read or listed → "mtime:size" ("-" when missing) at load. */
  fingerprints: Map<string, string>;
}

/**
 * Call once per server: loads and compiles one form version on demand,
 * and reloads it when any file it read has changed on disk, so an edited
 * definition applies to the next report without a restart.
 */
export function createFormVersions(formsDir: string, source: FormsSource) {
  const cache = new Map<string, CacheEntry>();
  const checkedThisTurn = new Set<string>();

  // Reports read in one turn of the event loop arrived together: one look
  // at the disk serves them all (7 stat calls for the 2015 form, about 3 %
  // of a report's CPU under load), and the next turn looks again.
  function isFresh(key: string, entry: CacheEntry): boolean {
    if (checkedThisTurn.has(key)) return true;
    if (!unchanged(formsDir, entry.fingerprints)) return false;
    if (checkedThisTurn.size === 0) {
      setImmediate(() => checkedThisTurn.clear());
    }
    checkedThisTurn.add(key);
    return true;
  }

  async function load(formId: string, version: string) {
    if (!SAFE_SEGMENT.test(formId) || !SAFE_SEGMENT.test(version)) {
      throw new UnknownFormVersionError(formId, version);
    }
    const key = `${formId}/${version}`;
    const cached = cache.get(key);
    if (cached && isFresh(key, cached)) {
      return cached.loaded;
    }
    const entry = await loadFresh(formsDir, source, formId, version);
    cache.set(key, entry);

    return entry.loaded;
  }

  return { load };
}

/**
 * Call before listening: scans the catalogue (a full check of every
 * version, seconds for a long form, which must not hold up a page's
 * request) and loads and compiles each form's current version. A broken
 * one is only logged; its reports get a clear 503 until fixed.
 */
export async function warmUp(
  app: FastifyInstance,
  currentCatalog: () => Promise<Catalog>,
  formVersions: ReturnType<typeof createFormVersions>,
  precompiled: PrecompiledChecksText,
): Promise<void> {
  const catalog = await currentCatalog();
  for (const form of catalog.forms) {
    try {
      const { definition, form: compiled } = await formVersions.load(
        form.formId,
        form.currentVersion,
      );
      // Sections compile on the first report that reaches them: half a
      // second of one core for the 2015 form, which every report arriving
      // meanwhile would wait for (p99 over 500 ms at 500/s after a start).
      await compiled.prepare(Object.keys(definition.schema.properties ?? {}));
      // Generating a page's validators holds the event loop (a few hundred
      // ms for the 2015 form): done now, not on a page's first request.
      await precompiled(form.formId, form.currentVersion, 'conditions');
      await precompiled(form.formId, form.currentVersion, 'parts');
    } catch (error) {
      app.log.warn(
        { err: error, formId: form.formId, version: form.currentVersion },
        'form version not usable',
      );
    }
  }
}

async function loadFresh(
  formsDir: string,
  source: FormsSource,
  formId: string,
  version: string,
): Promise<CacheEntry> {
  if (!(await isFile(path.join(formsDir, formId, version, 'schema.json')))) {
    throw new UnknownFormVersionError(formId, version);
  }
  const fingerprints = new Map<string, string>();
  const recording: FormsSource = {
    // Fingerprint before reading: an edit made during the load then costs
    // one needless reload, never a stale definition kept for good. A
    // folder's mtime changes when a file is added to or removed from it.
    list: async (dir) => {
      fingerprints.set(dir, fingerprint(path.join(formsDir, dir)));
      return source.list(dir);
    },
    read: async (file) => {
      fingerprints.set(file, fingerprint(path.join(formsDir, file)));
      return source.read(file);
    },
  };
  try {
    const definition = await loadDefinition(recording, formId, version);
    return {
      loaded: { definition, form: compileForm(definition) },
      fingerprints,
    };
  } catch (error) {
    if (error instanceof DefinitionError) {
      throw new BrokenDefinitionError(formId, version, error);
    }
    throw error;
  }
}

// Synchronous on purpose: a handful of stat calls on files the kernel has
// cached cost microseconds, far less than a trip through the thread pool
// for every report.
function unchanged(formsDir: string, prints: Map<string, string>): boolean {
  for (const [file, print] of prints) {
    if (fingerprint(path.join(formsDir, file)) !== print) return false;
  }

  return true;
}

function fingerprint(file: string): string {
  try {
    const stat = fs.statSync(file);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return '-';
  }
}

async function isFile(file: string): Promise<boolean> {
  return fs.promises.stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** The per-version definition cache `createFormVersions` builds. */
export type FormVersions = ReturnType<typeof createFormVersions>;
