import { useEffect, useState } from 'react';
import type { FormDefinition } from '../../core/definition/types';
import {
  loadDefinitionFast,
  type LoadedDefinition,
} from './load-definition-fast';

export type DefinitionState =
  | { status: 'loading' }
  | { status: 'ready'; definition: FormDefinition }
  | { status: 'failed'; error: unknown };

// One load per form and version for the life of the page: moving between
// sections or to the print view never fetches the definition again.
const loaded = new Map<string, Promise<LoadedDefinition>>();

/**
 * Call as early as the draft's form and version are known (the fill page
 * calls it before React renders it): starts the load once, later calls
 * share it.
 */
export function loadOnce(
  formId: string,
  version: string,
): Promise<LoadedDefinition> {
  const key = `${formId}@${version}`;
  const cached = loaded.get(key);
  if (cached) return cached;
  const definition = loadDefinitionFast(formId, version);
  // A failed load or check is forgotten so that "Thử lại" really tries again.
  const forget = () => loaded.delete(key);
  definition.then(({ checked }) => checked.catch(forget), forget);
  loaded.set(key, definition);

  return definition;
}

/**
 * Call with a draft's own form and version (never the current one), to get
 * the definition it was started with. It is shown before its full check
 * ends; if the check finds problems, the state turns to 'failed'.
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
    const fail = (error: unknown) =>
      live && setState({ status: 'failed', error });
    setState({ status: 'loading' });
    loadOnce(formId, version).then(({ definition, checked }) => {
      if (live) setState({ status: 'ready', definition });
      checked.catch(fail);
    }, fail);

    return () => {
      live = false;
    };
  }, [formId, version, attempt]);

  return state;
}
