import { announceDraftChange, thisTabId } from './draft-channel';
import {
  answerWrites,
  draftScope,
  readAnswers,
  type StoredAnswers,
} from './answer-store';
import { openDraftDb, type DraftDb, type DraftDbEvents } from './draft-db';
import {
  findAnswersProblem,
  findMetaProblem,
  newDraftRecord,
  splitRecord,
  type TypedAnswers,
} from './draft-records';
import { cleanPendingText } from './pending-text';
import { issueAll, runInTransaction } from './draft-transaction';
import { removeDraft, restoreDraft, purgeOldTrash } from './draft-trash';
import { exportDraftText, importDraftText } from './draft-transfer';
import { copyAnswersForNewYear } from './new-year-copy';
import { DraftConflictError, DraftNotFoundError } from './errors';
import type {
  DraftList,
  DraftMeta,
  DraftRecord,
  DraftStore,
  DraftSummary,
} from './types';

let sharedDb: Promise<DraftDb> | undefined;
let persistAsked = false;
// Main-thread time of the last save's steps that run between its awaits.
let saveSlicesMs = 0;

/**
 * Call right after a save resolves: the main-thread time its queued puts
 * and its announcement took, which the caller's own timing cannot see.
 */
export function takeSaveSlicesMs(): number {
  const taken = saveSlicesMs;
  saveSlicesMs = 0;

  return taken;
}

/**
 * The page's one connection to the drafts database, shared by the store and
 * the outbox. A failed open is not kept, so a later call tries again.
 */
export function openSharedDraftDb(
  events: DraftDbEvents = {},
): Promise<DraftDb> {
  sharedDb ??= openDraftDb({
    onBlocked: events.onBlocked,
    onBlocking: () => {
      sharedDb = undefined;
      events.onBlocking?.();
    },
  }).then(
    (db) => {
      askForPersistentStorage();
      purgeOldTrash(db).catch((error) => console.warn(error));

      return db;
    },
    (error) => {
      sharedDb = undefined;
      throw error;
    },
  );

  return sharedDb;
}

/**
 * Opens the drafts store shared by the whole page; call it wherever drafts
 * are read or written.
 */
export async function openDraftStore(
  events: DraftDbEvents = {},
): Promise<DraftStore> {
  return createDraftStore(await openSharedDraftDb(events));
}

/** Asks once that the browser never evict the drafts under storage pressure. */
function askForPersistentStorage(): void {
  if (persistAsked || typeof navigator === 'undefined') return;
  persistAsked = true;
  navigator.storage?.persist?.().catch((error) => console.warn(error));
}

/** Wraps an open database; tests call it directly with their own database. */
export function createDraftStore(db: DraftDb): DraftStore {
  const store: DraftStore = {
    create: async (input) => {
      return putRecord(db, newDraftRecord(input));
    },
    get: (id) => getRecord(db, id),
    getMeta: (id) => getMeta(db, id),
    list: () => listDrafts(db),
    save: (id, answers, summary, expectedRevision, pendingText) =>
      saveAnswers(db, id, { answers, pendingText }, summary, expectedRevision),
    saveNow: (record) => saveWithoutCheck(db, record),
    rename: (id, name) => updateMeta(db, id, { name: name.trim() }),
    duplicate: async (id) => {
      const source = await requireRecord(db, id);
      const copy = newDraftRecord({
        formId: source.formId,
        formVersion: source.formVersion,
        name: `${source.name} (bản sao)`,
        answers: source.answers,
      });
      return putRecord(db, { ...copy, summary: source.summary });
    },
    remove: (id) => removeDraft(db, id),
    restore: (id) => restoreDraft(db, id),
    copyForNewYear: async (id, year, perYearPointers, yearPointer) => {
      const source = await requireRecord(db, id);
      const copy = copyAnswersForNewYear(
        source,
        year,
        perYearPointers,
        yearPointer,
      );
      return putRecord(db, copy);
    },
    exportDraft: async (id) => exportDraftText(await requireRecord(db, id)),
    importDraft: (text, options) =>
      importDraftText(text, options ?? {}, {
        find: (id) => getRecord(db, id),
        put: async (record) => void (await putRecord(db, record)),
      }),
    close: () => db.close(),
  };

  return store;
}

async function getRecord(
  db: DraftDb,
  id: string,
): Promise<DraftRecord | undefined> {
  const tx = db.transaction(draftScope());
  const [meta, stored] = await Promise.all([
    tx.objectStore('draftMeta').get(id),
    readAnswers(db, tx, id),
  ]);
  if (meta === undefined) return undefined;
  const problem =
    findMetaProblem(meta) ??
    stored?.problem ??
    findAnswersProblem(stored?.answers);
  if (problem) throw new Error(`Bản nháp ${id} bị hỏng: ${problem}.`);

  return { ...meta, ...typedOf(stored) };
}

function typedOf(stored: StoredAnswers | undefined): TypedAnswers {
  const pendingText = stored?.pendingText;

  return { answers: stored?.answers, ...(pendingText && { pendingText }) };
}

async function getMeta(
  db: DraftDb,
  id: string,
): Promise<DraftMeta | undefined> {
  const meta = await db.get('draftMeta', id);
  const problem = meta && findMetaProblem(meta);
  if (problem) throw new Error(`Bản nháp ${id} bị hỏng: ${problem}.`);

  return meta;
}

async function requireRecord(db: DraftDb, id: string): Promise<DraftRecord> {
  const record = await getRecord(db, id);
  if (!record) throw new DraftNotFoundError(id);

  return record;
}

async function listDrafts(db: DraftDb): Promise<DraftList> {
  const [metas, keys] = await Promise.all([
    db.getAll('draftMeta'),
    db.getAllKeys('draftMeta'),
  ]);
  const result: DraftList = { drafts: [], skipped: [] };
  metas.forEach((meta, index) => {
    const problem = findMetaProblem(meta);
    if (problem)
      result.skipped.push({ id: String(keys[index]), reason: problem });
    else result.drafts.push(meta);
  });
  result.drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  return result;
}

/**
 * Writes meta and answers together: either both land or neither does.
 * Returns the record as stored, marked as written by this page.
 */
export async function putRecord(
  db: DraftDb,
  record: DraftRecord,
): Promise<DraftRecord> {
  const stored = { ...record, savedBy: thisTabId };
  const { meta, typed } = splitRecord(stored);
  const tx = db.transaction(draftScope(), 'readwrite');
  const answers = answerWrites(db, tx, record.id, typed, undefined);
  await runInTransaction(tx, () =>
    issueAll(() => tx.objectStore('draftMeta').put(meta), ...answers.requests),
  );
  announceDraftChange({ type: 'changed', id: record.id, tabId: thisTabId });

  return stored;
}

async function saveAnswers(
  db: DraftDb,
  id: string,
  typed: TypedAnswers,
  summary: DraftSummary,
  expectedRevision: number,
): Promise<DraftRecord> {
  const tx = db.transaction(draftScope(), 'readwrite');
  let committed: () => void = () => undefined;
  const saved = await runInTransaction(tx, async () => {
    const [meta, head] = await Promise.all([
      tx.objectStore('draftMeta').get(id),
      tx.objectStore('answerHeads').get(id),
    ]);
    if (!meta) throw new DraftNotFoundError(id);
    if (meta.revision !== expectedRevision) {
      throw new DraftConflictError(id, expectedRevision, meta.revision);
    }
    const started = performance.now();
    const next: DraftMeta = {
      ...meta,
      summary,
      revision: meta.revision + 1,
      updatedAt: new Date().toISOString(),
      savedBy: thisTabId,
    };
    // The puts structured-clone what they write here, on the main thread:
    // only the sections whose objects changed since this page's last save.
    const answers = answerWrites(db, tx, id, typed, head);
    const issued = issueAll(
      () => tx.objectStore('draftMeta').put(next),
      ...answers.requests,
    );
    committed = answers.committed;
    saveSlicesMs += performance.now() - started;
    await issued;

    return { ...next, answers: typed.answers, ...pendingOf(typed) };
  });
  const resumed = performance.now();
  committed();
  announceSaved(saved);
  saveSlicesMs += performance.now() - resumed;

  return saved;
}

function pendingOf(typed: TypedAnswers): Pick<DraftRecord, 'pendingText'> {
  const pendingText = cleanPendingText(typed.pendingText);

  return pendingText ? { pendingText } : {};
}

function announceSaved(record: DraftRecord): void {
  announceDraftChange({
    type: 'saved',
    id: record.id,
    revision: record.revision,
    tabId: thisTabId,
  });
}

/**
 * Every write is issued before this returns, so they commit even if the page
 * dies next. A read-then-write would not: Chromium can keep the half-done
 * transaction of a closed tab open and lock every other tab out.
 */
function saveWithoutCheck(
  db: DraftDb,
  record: DraftRecord,
): Promise<DraftRecord> {
  const stored = { ...record, savedBy: thisTabId };
  const { meta, typed } = splitRecord(stored);
  const tx = db.transaction(draftScope(), 'readwrite');
  const requests: Promise<unknown>[] = [];
  try {
    requests.push(tx.objectStore('draftMeta').put(meta));
    const answers = answerWrites(db, tx, record.id, typed, undefined);
    for (const request of answers.requests) requests.push(request());
    // Ask for the commit now instead of when the event loop next turns.
    tx.commit();
  } catch (error) {
    // The meta put must not commit alone: abort, and expect its AbortError.
    requests.forEach((request) => request.catch(() => undefined));

    return runInTransaction(tx, () => Promise.reject(error));
  }

  return runInTransaction(tx, () => Promise.all(requests)).then(() => {
    announceSaved(stored);

    return stored;
  });
}

async function updateMeta(
  db: DraftDb,
  id: string,
  change: Partial<DraftMeta>,
): Promise<DraftRecord> {
  const tx = db.transaction(draftScope(), 'readwrite');
  const updated = await runInTransaction(tx, async () => {
    const meta = await tx.objectStore('draftMeta').get(id);
    if (!meta) throw new DraftNotFoundError(id);
    // The answers did not change, so an open fill page has no conflict.
    const next = { ...meta, ...change };
    await tx.objectStore('draftMeta').put(next);

    return { ...next, ...typedOf(await readAnswers(db, tx, id)) };
  });
  announceDraftChange({ type: 'changed', id, tabId: thisTabId });

  return updated;
}
