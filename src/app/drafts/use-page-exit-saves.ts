import { useEffect, type RefObject } from 'react';
import type { Autosaver } from '../../drafts/autosaver';

/**
 * Saves at once when a field loses focus, the tab is hidden or the page
 * goes away; the unload paths start their writes before returning.
 */
export function usePageExitSaves(
  saver: RefObject<Autosaver | undefined>,
): void {
  useEffect(() => {
    const onFocusOut = () => void saver.current?.flushOnBlur();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') {
        saver.current?.flushOnHide();
      }
    };
    const onPageHide = () => saver.current?.flushForUnload();
    document.addEventListener('focusout', onFocusOut);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);

    return () => {
      document.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [saver]);
}
