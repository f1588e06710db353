import type { PendingText } from './pending-text';

/** What the drafts list shows without loading the answers. */
export interface DraftSummary {
  agency?: string;
  year?: number;
  answered: number;
  total: number;
  errors: number;
}

export type DraftStatus = 'draft' | 'queued' | 'submitted';

/** One report being filled in, as kept in IndexedDB. */
export interface DraftRecord {
  id: string;
  formId: string;
  formVersion: string;
  name: string;
  answers: unknown;
  /** Unreadable text of boxes, kept beside the answers and never sent. */
  pendingText?: PendingText;
  /** Grows by one on every save; a save based on an older one is refused. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  summary: DraftSummary;
  status: DraftStatus;
  submissionId?: string;
  receipt?: unknown;
  /** submissionId of the report this draft revises. */
  replaces?: string;
  /** The page (tab) that last wrote the answers; see `thisTabId`. */
  savedBy?: string;
}

/** A draft without its answers: what the list and the meta store hold. */
export type DraftMeta = Omit<DraftRecord, 'answers' | 'pendingText'>;

export interface NewDraft {
  formId: string;
  formVersion: string;
  name?: string;
  answers?: unknown;
  replaces?: string;
}

export interface SkippedDraft {
  id: string;
  reason: string;
}

export interface DraftList {
  drafts: DraftMeta[];
  /** Records that could not be read; the list shows them as damaged. */
  skipped: SkippedDraft[];
}

export type ImportResult =
  | { kind: 'imported'; draft: DraftRecord }
  | { kind: 'exists'; id: string; name: string };

export interface DraftStore {
  create(draft: NewDraft): Promise<DraftRecord>;
  /** Undefined when there is no such draft. */
  get(id: string): Promise<DraftRecord | undefined>;
  /**
   * The draft without its answers, for what shows only its status: cheap
   * enough to call after every save. Undefined when there is no such draft.
   */
  getMeta(id: string): Promise<DraftMeta | undefined>;
  list(): Promise<DraftList>;
  /**
   * Writes only the sections (top-level answers) whose objects changed
   * since this page last saved or read the draft: pass answers updated
   * immutably, as JSON Forms does, never changed in place after a save.
   */
  save(
    id: string,
    answers: unknown,
    summary: DraftSummary,
    expectedRevision: number,
    /** Unreadable box text to keep; absent or empty stores none. */
    pendingText?: PendingText,
  ): Promise<DraftRecord>;
  /**
   * Last resort for a dying page whose crash journal could not be written:
   * issues both writes before returning, with no revision check, so it may
   * replace another tab's save. Everything else uses `save`.
   */
  saveNow(record: DraftRecord): Promise<DraftRecord>;
  rename(id: string, name: string): Promise<DraftRecord>;
  duplicate(id: string): Promise<DraftRecord>;
  remove(id: string): Promise<void>;
  restore(id: string): Promise<DraftRecord>;
  copyForNewYear(
    id: string,
    year: number,
    perYearPointers: string[],
    /** Where the new year is written in the answers, when the form has one. */
    yearPointer?: string,
  ): Promise<DraftRecord>;
  exportDraft(id: string): Promise<string>;
  importDraft(text: string, options?: ImportOptions): Promise<ImportResult>;
  close(): void;
}

/** formId → versions this app can open; import refuses anything else. */
export type KnownForms = Record<string, string[]>;

/** How an export file is taken in. */
export interface ImportOptions {
  /** Replace a draft with the same id instead of reporting it exists. */
  overwrite?: boolean;
  /** Forms and versions this app has; others are refused. */
  knownForms?: KnownForms;
  /**
   * Works out the summary from the answers and the definition; the file's
   * own summary may be stale or edited, so it is kept only without this.
   */
  summarize?: (draft: DraftRecord) => Promise<DraftSummary>;
}
