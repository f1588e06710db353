import { useEffect, useState } from 'react';
import { createHttpFormsSource, loadDefinition } from '../../core/catalog';
import type { FormDefinition } from '../../core/definition/types';

export type DefinitionState =
  | { status: 'loading' }
  | { status: 'ready'; definition: FormDefinition }
  | { status: 'failed'; error: unknown };

// One load per form and version for the life of the page: moving between
// sections or to the print view never fetches the definition again.
const loaded = new Map<string, Promise<FormDefinition>>();

function loadOnce(formId: string, version: string): Promise<FormDefinition> {
  const key = `${formId}@${version}`;
  const cached = loaded.get(key);
  if (cached) return cached;
  const source = createHttpFormsSource('forms/');
  const definition = loadDefinition(source, formId, version);
  // A failed load is forgotten so that "Thử lại" really tries again.
  definition.catch(() => loaded.delete(key));
  loaded.set(key, definition);

  return definition;
}

/**
 * Call with a draft's own form and version (never the current one), to get
 * the definition it was started with.
 */
export function useDefinition(
  formId: string | undefined,
  version: string | undefined,
  attempt = 0,
): DefinitionState {
  const [state, setState] = useState<DefinitionState>({ status: 'loading' });

  useEffect(() => {
    if (!formId || !version) return;
    let live = true;
    setState({ status: 'loading' });
    loadOnce(formId, version).then(
      (definition) => live && setState({ status: 'ready', definition }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );

    return () => {
      live = false;
    };
  }, [formId, version, attempt]);

  return state;
}
