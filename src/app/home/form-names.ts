import { useEffect, useState } from 'react';
import type { Catalog } from '../../core/definition/types';
import { versionFacts } from '../drafts/form-facts';
import { appStrings } from '../i18n/strings';

/** Titles people know forms and versions by, instead of technical ids. */
export interface FormNames {
  /** Every form of the catalog, for choosing one by title. */
  forms: { formId: string; title: string }[];
  formTitle(formId: string): string;
  versionTitle(formId: string, version: string): string;
}

type TitleTable = Map<string, { title: string; versions: Map<string, string> }>;

function namesFrom(table: TitleTable): FormNames {
  return {
    forms: [...table].map(([formId, { title }]) => ({ formId, title })),
    formTitle: (formId) => table.get(formId)?.title ?? formId,
    versionTitle: (formId, version) =>
      table.get(formId)?.versions.get(version) ??
      appStrings().home.version(version),
  };
}

async function versionTitle(formId: string, version: string) {
  // A missing or broken version.json only costs the nicer title.
  const facts = await versionFacts(formId, version).catch(() => ({}));

  return 'title' in facts && typeof facts.title === 'string'
    ? facts.title
    : undefined;
}

async function fetchTitles(): Promise<TitleTable> {
  const response = await fetch(new URL('forms/index.json', document.baseURI));
  if (!response.ok) return new Map();
  const catalog = (await response.json()) as Catalog;
  const entries = await Promise.all(
    catalog.forms.map(async (form) => {
      const versions = await Promise.all(
        form.versions.map(async ({ version }) => {
          const title = await versionTitle(form.formId, version);
          return title ? [[version, title] as const] : [];
        }),
      );
      const value = { title: form.title, versions: new Map(versions.flat()) };
      return [form.formId, value] as const;
    }),
  );

  return new Map(entries);
}

let pending: Promise<FormNames> | undefined;

/** Call where ids must become titles; the catalog is fetched once a page. */
export function loadFormNames(): Promise<FormNames> {
  pending ??= fetchTitles().then(namesFrom, () => {
    // Offline now: ids for this time, and ask again on the next call.
    pending = undefined;
    return namesFrom(new Map());
  });

  return pending;
}

/** Call in a component: ids stand in for titles until the catalog arrives. */
export function useFormNames(): FormNames {
  const [names, setNames] = useState(() => namesFrom(new Map()));

  useEffect(() => {
    let live = true;
    void loadFormNames().then((loaded) => live && setNames(loaded));

    return () => {
      live = false;
    };
  }, []);

  return names;
}
