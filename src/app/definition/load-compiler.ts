import { hasAjvFactory } from '../../core/validation/ajv-factory';

/**
 * Loads Ajv's compiler (about 35 KiB gzip, and megabytes of memory once it
 * has compiled a long form) only when the page must compile: a version with
 * no validators generated ahead of time, or a draft file being imported.
 */
export async function loadCompiler(): Promise<void> {
  if (!hasAjvFactory()) await import('../../core/validation/create-ajv');
}
