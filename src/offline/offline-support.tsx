import { useEffect, useState } from 'react';
import { registerServiceWorker } from './register';

/**
 * Render once in the app shell: turns on offline use and, when a new
 * version is ready, offers the reload instead of forcing it mid-typing.
 */
export function OfflineSupport() {
  const [reloadNow, setReloadNow] = useState<() => void>();

  useEffect(() => {
    registerServiceWorker({
      onUpdateReady: (reload) => setReloadNow(() => reload),
    });
  }, []);

  if (!reloadNow) return null;

  return (
    <div className="notice notice-info" role="status">
      Có phiên bản mới — tải lại khi thuận tiện. Bản nháp đang mở sẽ được lưu
      trước khi tải lại.{' '}
      <button type="button" className="secondary" onClick={reloadNow}>
        Tải lại ngay
      </button>
    </div>
  );
}
