import { useEffect, useState } from 'react';
import { registerServiceWorker } from './register';

interface OfflineSupportProps {
  /** The notice and its button, in the language the person chose. */
  text: { updateReady: string; reloadNow: string };
}

/**
 * Render once in the app shell: turns on offline use and, when a new
 * version is ready, offers the reload instead of forcing it mid-typing.
 */
export function OfflineSupport({ text }: OfflineSupportProps) {
  const [reloadNow, setReloadNow] = useState<() => void>();

  useEffect(() => {
    registerServiceWorker({
      onUpdateReady: (reload) => setReloadNow(() => reload),
    });
  }, []);

  if (!reloadNow) return null;

  return (
    <div className="notice notice-info" role="status">
      {text.updateReady}{' '}
      <button type="button" className="secondary" onClick={reloadNow}>
        {text.reloadNow}
      </button>
    </div>
  );
}
