import type { SaveStatus } from '../../drafts/autosaver';

/**
 * The save status, held outside React state so that only the indicator
 * re-renders when a save starts or ends, never the whole form.
 */
export interface SaveStatusSource {
  get(): SaveStatus;
  set(status: SaveStatus): void;
  subscribe(listener: () => void): () => void;
}

/** Call once per fill page, with the status to show until the first save. */
export function createSaveStatusSource(initial: SaveStatus): SaveStatusSource {
  let current = initial;
  const listeners = new Set<() => void>();

  return {
    get: () => current,
    set(status) {
      current = status;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
