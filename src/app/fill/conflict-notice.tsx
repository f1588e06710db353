import type { DraftConflict } from '../drafts/use-draft-session';
import { useStrings } from '../i18n/strings';

/** Asks which copy to keep when another tab saved the same draft. */
export function ConflictNotice({ conflict }: { conflict: DraftConflict }) {
  const text = useStrings().fill;

  return (
    <div className="notice notice-error" role="alert">
      <p>{text.conflict}</p>
      <button type="button" onClick={conflict.keepMine}>
        {text.keepMine}
      </button>{' '}
      <button type="button" className="secondary" onClick={conflict.reload}>
        {text.useTheirs}
      </button>
    </div>
  );
}
