import type { DraftDb } from './draft-db';
import { openSharedDraftDb } from './draft-store';
import {
  listOutbox,
  markDelivered,
  markForRetry,
  markRefused,
  onOutboxWake,
} from './outbox';
import { isRetryableStatus } from './outbox-backoff';
import type { OutboxItem } from './outbox-types';
import { readRefusal } from './server-refusal';

export interface OutboxSenderOptions {
  /** Where reports go; a function is asked before every pass. */
  endpoint?: string | (() => Promise<string>);
  /** Called with the whole outbox after every pass that changed it. */
  onChange?: (items: OutboxItem[]) => void;
  /** For tests: a database other than the page's shared one. */
  db?: DraftDb;
  now?: () => number;
  random?: () => number;
}

export interface OutboxSender {
  /** Tries every waiting report now, ignoring its backoff. */
  sendNow(): Promise<void>;
  stop(): void;
}

const networkProblem =
  'Chưa gửi được vì không kết nối được máy chủ. ' +
  'Báo cáo vẫn nằm trong hàng chờ và sẽ tự gửi lại.';

/**
 * Call once when the app starts: sends queued reports now, again with
 * backoff after failures, and at once whenever the browser comes online.
 */
export function startOutboxSender(
  options: OutboxSenderOptions = {},
): OutboxSender {
  const now = options.now ?? Date.now;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const pass = async (force: boolean) => {
    const db = options.db ?? (await openSharedDraftDb());
    const endpoint = await resolveEndpoint(options.endpoint);
    const items = await listOutbox(db);
    const due = items.filter(
      (item) =>
        item.state === 'waiting' && (force || item.nextAttemptAt <= now()),
    );
    for (const item of due) {
      if (stopped) return;
      await sendOne(db, endpoint, item, now(), options.random);
    }
    const after = await listOutbox(db);
    if (due.length > 0) options.onChange?.(after);
    schedule(after);
  };
  const run = (force: boolean): Promise<void> => {
    running ??= pass(force)
      .catch((error) => console.warn('Hàng chờ gửi báo cáo gặp lỗi', error))
      .finally(() => (running = undefined));

    return running;
  };
  const schedule = (items: OutboxItem[]) => {
    clearTimeout(timer);
    const waits = items.filter((item) => item.state === 'waiting');
    if (stopped || waits.length === 0) return;
    const soonest = Math.min(...waits.map((item) => item.nextAttemptAt));
    timer = setTimeout(() => void run(false), Math.max(0, soonest - now()));
  };
  const onOnline = () => void run(true);
  const stopWake = onOutboxWake(() => void run(false));
  if (typeof window !== 'undefined')
    window.addEventListener('online', onOnline);
  void run(false);

  return {
    sendNow: async () => {
      await running;
      await run(true);
    },
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      stopWake();
      if (typeof window !== 'undefined') {
        window.removeEventListener('online', onOnline);
      }
    },
  };
}

async function resolveEndpoint(
  endpoint: OutboxSenderOptions['endpoint'],
): Promise<string> {
  if (typeof endpoint === 'function') return endpoint();
  if (endpoint) return endpoint;

  return new URL('api/submissions', document.baseURI).href;
}

/** One POST; its outcome decides delivered, refused or retry later. */
async function sendOne(
  db: DraftDb,
  endpoint: string,
  item: OutboxItem,
  now: number,
  random?: () => number,
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(item.envelope),
    });
  } catch {
    await markForRetry(db, item, networkProblem, now, random);
    return;
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    await markDelivered(db, item, body ?? { status: response.status });
  } else if (isRetryableStatus(response.status)) {
    const problem = `Máy chủ đang bận (mã ${response.status}); sẽ tự gửi lại.`;
    await markForRetry(db, item, problem, now, random);
  } else {
    await markRefused(db, item, readRefusal(response.status, body));
  }
}
