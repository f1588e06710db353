import type { Catalog } from '../../core/definition/types';
import { fetchDefinitionFile } from './early-fetch';

/** Where the catalogue is, as the fill page asks for it. */
export const CATALOG_URL = 'forms/index.json';

/**
 * Call beside fetching a version's files: the fingerprint of the files the
 * catalogue's own full check passed for it, or undefined (not passed, no
 * catalogue, offline). Never rejects: without it the page checks itself.
 */
export async function publishedPass(
  formId: string,
  version: string,
): Promise<string | undefined> {
  try {
    const response = await fetchDefinitionFile(CATALOG_URL);
    if (!response.ok) return undefined;
    const catalog = (await response.json()) as Catalog;
    const form = catalog.forms?.find((f) => f.formId === formId);

    return form?.versions?.find((v) => v.version === version)?.passed;
  } catch {
    return undefined;
  }
}
