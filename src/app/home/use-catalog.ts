import { useEffect, useState } from 'react';
import type { Catalog } from '../../core/definition/types';
import { appStrings } from '../i18n/strings';

export type CatalogState =
  | { status: 'loading' }
  | { status: 'ready'; catalog: Catalog }
  | { status: 'failed'; message: string };

/** Fetches the forms list relative to the page, so a sub-path host works. */
async function fetchCatalog(): Promise<Catalog> {
  const response = await fetch('forms/index.json', { cache: 'no-cache' });
  if (!response.ok) {
    throw new Error(appStrings().home.catalogStatus(response.status));
  }

  return (await response.json()) as Catalog;
}

/** Call in the home page to get the catalog of forms and versions. */
export function useCatalog(): CatalogState {
  const [state, setState] = useState<CatalogState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    fetchCatalog().then(
      (catalog) => live && setState({ status: 'ready', catalog }),
      (error: unknown) =>
        live &&
        setState({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );

    return () => {
      live = false;
    };
  }, []);

  return state;
}
