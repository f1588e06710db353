import { useEffect, useState } from 'react';
import { listenDraftChanges } from '../../drafts/draft-channel';
import type { OutboxItem } from '../../drafts/outbox';
import type { DraftMeta } from '../../drafts/types';
import { draftStore } from '../drafts/draft-store-access';
import { findOutboxItem, onOutboxChange } from './submission-sender';
import { submitStatusOf, type SubmitStatus } from './submit-status';

type StatusFields = Pick<
  DraftMeta,
  'id' | 'status' | 'receipt' | 'submissionId'
>;

/**
 * Call in the submit panel: follows the draft's stored status and its
 * outbox entry, and re-renders when a queued retry falls due.
 */
export function useSubmitStatus(draft: StatusFields): {
  status: SubmitStatus;
  refresh: () => void;
} {
  const [stored, setStored] = useState<StatusFields>(draft);
  const [item, setItem] = useState<OutboxItem>();
  const [now, setNow] = useState(Date.now);
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((n) => n + 1);

  useEffect(() => {
    let live = true;
    Promise.all([
      // Runs after every save: the answers are not needed, and large.
      draftStore().then((s) => s.getMeta(draft.id)),
      findOutboxItem(draft.id),
    ])
      .then(([fresh, queued]) => {
        if (!live) return;
        if (fresh) setStored(fresh);
        setItem(queued);
        setNow(Date.now());
      })
      .catch((error: unknown) => console.warn(error));

    return () => {
      live = false;
    };
  }, [draft.id, draft.status, version]);

  useEffect(() => {
    const stopOutbox = onOutboxChange(() => setVersion((n) => n + 1));
    const stopDrafts = listenDraftChanges((message) => {
      if (message.id === draft.id) setVersion((n) => n + 1);
    });

    return () => {
      stopOutbox();
      stopDrafts();
    };
  }, [draft.id]);

  useRetryClock(item, now, setNow);

  return { status: submitStatusOf(stored, item, now), refresh };
}

/** Moves the clock to the retry time, so "waiting" turns into "sending". */
function useRetryClock(
  item: OutboxItem | undefined,
  now: number,
  setNow: (now: number) => void,
) {
  const due = item?.state === 'waiting' ? item.nextAttemptAt : undefined;

  useEffect(() => {
    if (due === undefined || due <= now) return;
    const timer = setTimeout(() => setNow(Date.now()), due - now + 50);

    return () => clearTimeout(timer);
  }, [due, now, setNow]);
}
