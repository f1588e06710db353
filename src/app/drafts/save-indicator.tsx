import { memo, useSyncExternalStore } from 'react';
import { useStrings } from '../i18n/strings';
import type { SaveStatusSource } from './save-status-source';

interface SaveIndicatorProps {
  source: SaveStatusSource;
  /** Another tab saved too: says saving waits, whatever the source says. */
  paused: boolean;
  /** Downloads the draft as a file; offered when storage fails. */
  onExport?: () => void;
}

function clockTime(at: Date): string {
  const hours = String(at.getHours()).padStart(2, '0');
  const minutes = String(at.getMinutes()).padStart(2, '0');

  return `${hours}:${minutes}`;
}

/** The small line that tells the user whether their typing is safe. */
export const SaveIndicator = memo(function SaveIndicator({
  source,
  paused,
  onExport,
}: SaveIndicatorProps) {
  const text = useStrings().save;
  const stored = useSyncExternalStore(source.subscribe, source.get);
  const status = paused ? { kind: 'paused' as const } : stored;

  switch (status.kind) {
    case 'saved':
      return (
        <p className="save-indicator" role="status">
          {text.savedAt(clockTime(status.at))}
        </p>
      );
    case 'saving':
    case 'unsaved':
      return (
        <p className="save-indicator" role="status">
          {text.saving}
        </p>
      );
    case 'paused':
      return (
        <p className="save-indicator" role="status">
          {text.paused}
        </p>
      );
    case 'failed':
    case 'memory-only':
      return (
        <div className="notice notice-error save-indicator" role="alert">
          <p>
            {status.kind === 'failed' ? text.failed : text.notYet}
            {status.message}
          </p>
          {onExport && (
            <button type="button" onClick={onExport}>
              {text.download}
            </button>
          )}
        </div>
      );
  }
});
