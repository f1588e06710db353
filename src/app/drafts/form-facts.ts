import type { Catalog, VersionMeta } from '../../core/definition/types';
import type { KnownForms } from '../../drafts/types';
import { appStrings } from '../i18n/strings';

async function fetchJson<T>(url: string): Promise<T | undefined> {
  const response = await fetch(new URL(url, document.baseURI));
  if (response.status === 404) return undefined;
  if (!response.ok) {
    throw new Error(appStrings().drafts.fetchFailed(url, response.status));
  }

  return (await response.json()) as T;
}

/** The forms and versions this app has, for refusing foreign imports. */
export async function knownForms(): Promise<KnownForms | undefined> {
  const catalog = await fetchJson<Catalog>('forms/index.json');
  if (!catalog) return undefined;

  return Object.fromEntries(
    catalog.forms.map((form) => [
      form.formId,
      form.versions.map((version) => version.version),
    ]),
  );
}

/** Where a version keeps the year and what a new year's copy clears. */
export async function versionFacts(
  formId: string,
  version: string,
): Promise<VersionMeta> {
  const path = `forms/${encodeURIComponent(formId)}/${encodeURIComponent(version)}/version.json`;

  return (await fetchJson<VersionMeta>(path)) ?? {};
}
