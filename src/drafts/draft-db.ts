import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import { DraftDbBlockedError } from './errors';
import type { DraftMeta } from './types';
import type { PendingText } from './pending-text';
import type { OutboxItem } from './outbox-types';

export const DRAFT_DB_NAME = 'bieu-mau';
export const DRAFT_DB_VERSION = 2;

/** The answers live apart from the meta so the list never loads them. */
export interface DraftAnswers {
  id: string;
  answers: unknown;
  pendingText?: PendingText;
}

/** A removed draft, kept until the undo window has passed. */
export interface TrashedDraft {
  id: string;
  meta: DraftMeta;
  answers: unknown;
  removedAt: string;
}

export interface DraftDbSchema extends DBSchema {
  draftMeta: {
    key: string;
    value: DraftMeta;
    indexes: { byUpdatedAt: string };
  };
  draftAnswers: { key: string; value: DraftAnswers };
  trash: { key: string; value: TrashedDraft };
  outbox: {
    key: string;
    value: OutboxItem;
    indexes: { byDraftId: string };
  };
}

export type DraftDb = IDBPDatabase<DraftDbSchema>;
type UpgradeTx = IDBPTransaction<
  DraftDbSchema,
  StoreNames<DraftDbSchema>[],
  'versionchange'
>;

/** Each step upgrades from the version before it; never edit a shipped one. */
const upgradeSteps: ((db: DraftDb, tx: UpgradeTx) => void)[] = [
  (db) => {
    const meta = db.createObjectStore('draftMeta', { keyPath: 'id' });
    meta.createIndex('byUpdatedAt', 'updatedAt');
    db.createObjectStore('draftAnswers', { keyPath: 'id' });
  },
  (db) => {
    db.createObjectStore('trash', { keyPath: 'id' });
    const outbox = db.createObjectStore('outbox', { keyPath: 'submissionId' });
    outbox.createIndex('byDraftId', 'draftId');
  },
];

export interface DraftDbEvents {
  /** Another tab wants a newer version: save, close, ask for a reload. */
  onBlocking?: () => void;
  /** An older tab keeps the database open; the open waits on it. */
  onBlocked?: () => void;
}

const BLOCKED_TIMEOUT_MS = 8000;

/**
 * Opens (and upgrades) the drafts database; call once per page through
 * `openDraftStore`, which shares the connection. Rejects when another tab
 * blocks the upgrade for longer than a few seconds, so nothing hangs.
 */
export function openDraftDb(
  events: DraftDbEvents = {},
  version = DRAFT_DB_VERSION,
): Promise<DraftDb> {
  let db: DraftDb | undefined;
  let gaveUp = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let rejectBlocked: (error: Error) => void = () => undefined;
  const blockedTooLong = new Promise<never>((_, reject) => {
    rejectBlocked = reject;
  });
  const opening = openDB<DraftDbSchema>(DRAFT_DB_NAME, version, {
    upgrade(upgrading, oldVersion, newVersion, tx) {
      for (let step = oldVersion; step < (newVersion ?? version); step++) {
        upgradeSteps[step](upgrading, tx);
      }
    },
    blocked() {
      events.onBlocked?.();
      timer ??= setTimeout(() => {
        gaveUp = true;
        rejectBlocked(new DraftDbBlockedError());
      }, BLOCKED_TIMEOUT_MS);
    },
    blocking() {
      events.onBlocking?.();
      db?.close();
    },
  }).then((opened) => {
    // A connection that arrives after we gave up would block the next open.
    if (gaveUp) opened.close();
    db = opened;

    return opened;
  });

  return Promise.race([opening, blockedTooLong]).finally(() =>
    clearTimeout(timer),
  );
}
