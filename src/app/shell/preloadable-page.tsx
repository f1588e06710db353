import { lazy, useState, type ComponentType } from 'react';

/** A page split into its own chunk that can be fetched before it is shown. */
export interface PreloadablePage<P extends object> {
  Page: ComponentType<P>;
  /** Starts (or joins) the chunk's download; resolves once it is usable. */
  preload: () => Promise<void>;
}

/**
 * Call once per lazily loaded page. React shows content that replaces a
 * Suspense fallback no sooner than 300 ms after the fallback appeared, so a
 * page whose chunk arrived before it is first shown is rendered directly
 * instead of through `lazy`, and never waits out that pause.
 */
export function preloadablePage<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): PreloadablePage<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  const fetchChunk = () => {
    pending ??= load().then(
      (module) => ((loaded = module.default), module),
      (error: unknown) => {
        // A failed download may succeed on the next try ("Thử lại").
        pending = undefined;
        throw error;
      },
    );

    return pending;
  };
  const Lazy = lazy(fetchChunk);

  function Page(props: P) {
    // Chosen once per mount: switching type later would remount the page
    // and lose what it holds.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);

    return <Component {...props} />;
  }

  return { Page, preload: () => fetchChunk().then(() => undefined) };
}
