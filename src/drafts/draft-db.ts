import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import type { AnswerPart, AnswersHead } from './answer-parts';
import { DraftDbBlockedError } from './errors';
import type { DraftMeta } from './types';
import type { PendingText } from './pending-text';
import type { OutboxItem } from './outbox-types';
import { moveAnswersIntoParts } from './upgrade-to-parts';

export const DRAFT_DB_NAME = 'bieu-mau';
export const DRAFT_DB_VERSION = 3;

/** How versions 1 and 2 kept a draft's answers: one record for all. */
export interface WholeAnswers {
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

/**
 * The answers live apart from the meta so the list never loads them, and
 * in parts so a save writes only the sections that changed.
 */
export interface DraftDbSchema extends DBSchema {
  draftMeta: {
    key: string;
    value: DraftMeta;
    indexes: { byUpdatedAt: string };
  };
  answerHeads: { key: string; value: AnswersHead };
  answerParts: { key: [string, string]; value: AnswerPart };
  trash: { key: string; value: TrashedDraft };
  outbox: {
    key: string;
    value: OutboxItem;
    indexes: { byDraftId: string };
  };
}

/** Stores of older versions, named only by the upgrade steps. */
export interface UpgradeSchema extends DraftDbSchema {
  draftAnswers: { key: string; value: WholeAnswers };
}

export type DraftDb = IDBPDatabase<DraftDbSchema>;
type UpgradeDb = IDBPDatabase<UpgradeSchema>;
export type UpgradeTx = IDBPTransaction<
  UpgradeSchema,
  StoreNames<UpgradeSchema>[],
  'versionchange'
>;

/** Each step upgrades from the version before it; never edit a shipped one. */
const upgradeSteps: ((db: UpgradeDb, tx: UpgradeTx) => void)[] = [
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
  (db, tx) => {
    db.createObjectStore('answerHeads', { keyPath: 'id' });
    db.createObjectStore('answerParts', { keyPath: ['draftId', 'key'] });
    // Finishes after the steps after it have begun; the open waits for it.
    moveAnswersIntoParts(db, tx);
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
      // Only the steps may name the stores older versions had.
      const older = upgrading as unknown as UpgradeDb;
      const olderTx = tx as unknown as UpgradeTx;
      for (let step = oldVersion; step < (newVersion ?? version); step++) {
        upgradeSteps[step](older, olderTx);
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
