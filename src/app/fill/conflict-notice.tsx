import type { DraftConflict } from '../drafts/use-draft-session';

/** Asks which copy to keep when another tab saved the same draft. */
export function ConflictNotice({ conflict }: { conflict: DraftConflict }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>{conflict.message}</p>
      <button type="button" onClick={conflict.keepMine}>
        Giữ bản của tôi
      </button>{' '}
      <button type="button" className="secondary" onClick={conflict.reload}>
        Dùng bản ở thẻ kia
      </button>
    </div>
  );
}
