import { useState } from 'react';
import { describeStorageError } from '../../drafts/errors';
import type { DraftRecord } from '../../drafts/types';
import { makeRevision, NotSubmittedError } from './make-revision';
import { useStrings } from '../i18n/strings';

/** "Tạo bản sửa đổi": opens a new draft that will replace this report. */
export function RevisionButton({ draft }: { draft: DraftRecord }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const text = useStrings().submit;

  async function revise() {
    setBusy(true);
    setError(undefined);
    try {
      const revision = await makeRevision(draft);
      window.location.hash = `#/dien/${encodeURIComponent(revision.id)}`;
    } catch (caught) {
      setError(
        caught instanceof NotSubmittedError
          ? caught.message
          : describeStorageError(caught),
      );
      setBusy(false);
    }
  }

  return (
    <div className="submit-actions">
      <button type="button" onClick={() => void revise()} disabled={busy}>
        {text.revise}
      </button>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
