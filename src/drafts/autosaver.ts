import { clearJournal, writeJournal } from './crash-journal';
import { thisTabId } from './draft-channel';
import { takeSaveSlicesMs } from './draft-store';
import {
  DraftConflictError,
  describeStorageError,
  isQuotaError,
} from './errors';
import { keepInMemory } from './memory-drafts';
import { cleanPendingText, type PendingText } from './pending-text';
import type { DraftRecord, DraftStore, DraftSummary } from './types';

export type SaveStatus =
  | { kind: 'saved'; at: Date }
  | { kind: 'saving' }
  | { kind: 'unsaved' }
  /** Another tab saved too; nothing is written until the user picks. */
  | { kind: 'paused' }
  | { kind: 'failed'; message: string }
  | { kind: 'memory-only'; message: string };

export interface AutosaverEvents {
  onStatus(status: SaveStatus): void;
  /** Another tab saved revision `theirs`; saving pauses until resolved. */
  onConflict(theirs: number): void;
}

/** What the person typed: the answers and the text boxes cannot read. */
type TypedSoFar = Pick<DraftRecord, 'answers' | 'summary' | 'pendingText'>;

const DEBOUNCE_MS = 400;

const noStorageMessage =
  'Trình duyệt này không cho lưu bản nháp, nên dữ liệu chỉ nằm trong trang ' +
  'đang mở. Đừng đóng trang; hãy tải bản nháp về máy để giữ lại.';

/**
 * Keeps one open draft saved: debounced while typing, at once on demand,
 * synchronously on unload. It never hands answers back to the form.
 */
export class Autosaver {
  private latest: TypedSoFar;
  private revision: number;
  private dirty = false;
  private conflicted = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private lastKind: SaveStatus['kind'] | undefined;

  constructor(
    private readonly store: DraftStore | undefined,
    private draft: DraftRecord,
    private readonly events: AutosaverEvents,
  ) {
    this.latest = latestOf(draft);
    this.revision = draft.revision;
    if (!store) this.memoryOnly(noStorageMessage);
  }

  /** The answers as the user last left them, saved or not. */
  current(): DraftRecord {
    return { ...this.draft, ...this.latest, revision: this.revision };
  }

  /** Call with every change the form reports; cheap enough per keystroke. */
  change(answers: unknown, summary: DraftSummary): void {
    this.latest = { ...this.latest, answers, summary };
    this.markChanged();
  }

  /**
   * Call when a box starts or stops holding text it cannot read, or that
   * text changes: the answers do not change then, yet the text must be
   * saved like any typing.
   */
  changePendingText(pendingText: PendingText): void {
    this.latest = {
      ...this.latest,
      pendingText: cleanPendingText(pendingText),
    };
    this.markChanged();
  }

  private markChanged(): void {
    this.dirty = true;
    if (!this.store) {
      keepInMemory(this.current());
      return;
    }
    this.setStatus({ kind: 'unsaved' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), DEBOUNCE_MS);
  }

  /** Saves now; resolves when nothing typed so far is left unsaved. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.running ??= this.saveWhileDirty().finally(() => {
      this.running = undefined;
    });

    return this.running;
  }

  /**
   * For pagehide: writes the crash journal synchronously, and nothing else
   * unless that fails. The next load folds the journal in after checking
   * that no other tab saved meanwhile; an IndexedDB write started here could
   * neither check that safely nor be sure to finish.
   */
  flushForUnload(): void {
    // A save still running when the page dies may never commit: journal.
    if (!this.dirty && !this.running) return;
    clearTimeout(this.timer);
    const savedAt = new Date().toISOString();
    if (this.journal(savedAt) || !this.store || this.conflicted) return;
    // No journal: an unchecked write is better than losing the typing.
    const revision = this.revision + (this.running ? 2 : 1);
    const record = { ...this.current(), revision, updatedAt: savedAt };
    this.dirty = false;
    this.revision = revision;
    this.store.saveNow(record).then(
      () => this.afterSave(),
      (error: unknown) => this.afterFailure(error),
    );
  }

  /**
   * For the tab being hidden: journals now (the tab may be closing), then
   * saves through IndexedDB on the next turn, which a closing tab never has.
   */
  flushOnHide(): void {
    this.flushForUnload();
    setTimeout(() => void this.flush(), 0);
  }

  /** For a field losing focus: journal now, then save through IndexedDB. */
  flushOnBlur(): Promise<void> {
    if (!this.dirty) return this.running ?? Promise.resolve();
    this.journal(new Date().toISOString());

    return this.flush();
  }

  /** Another tab saved; pause and ask unless that revision is ours. */
  noticeRevision(theirs: number): void {
    if (theirs <= this.revision || this.conflicted) return;
    this.conflicted = true;
    clearTimeout(this.timer);
    this.events.onConflict(theirs);
  }

  /** The user chose their own copy: write it over the other tab's. */
  async keepMine(storedRevision: number): Promise<void> {
    this.conflicted = false;
    this.revision = storedRevision;
    this.dirty = true;
    await this.flush();
  }

  /** The user chose the other tab's copy, now loaded as `draft`. */
  adopt(draft: DraftRecord): void {
    clearTimeout(this.timer);
    this.draft = draft;
    this.latest = latestOf(draft);
    this.revision = draft.revision;
    this.dirty = false;
    this.conflicted = false;
    clearJournal(draft.id, thisTabId);
    this.setStatus({ kind: 'saved', at: new Date(draft.updatedAt) });
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private journal(savedAt: string): boolean {
    const { id, formId, formVersion, name } = this.draft;

    return writeJournal({
      id,
      formId,
      formVersion,
      name,
      baseRevision: this.revision,
      tabId: thisTabId,
      savedAt,
      ...this.latest,
    });
  }

  private async saveWhileDirty(): Promise<void> {
    while (this.store && this.dirty && !this.conflicted) {
      const { answers, summary, pendingText } = this.latest;
      this.dirty = false;
      this.setStatus({ kind: 'saving' });
      try {
        const started = performance.now();
        takeSaveSlicesMs();
        const saving = this.store.save(
          this.draft.id,
          answers,
          summary,
          this.revision,
          pendingText,
        );
        const beforeFirstAwait = performance.now() - started;
        const saved = await saving;
        const resumed = performance.now();
        // `npm run bench` reads this measure to time one autosave.
        performance.measure('bieu-mau:autosave', { start: started });
        this.revision = Math.max(this.revision, saved.revision);
        this.afterSave();
        measureMainThread(started, [
          beforeFirstAwait,
          takeSaveSlicesMs(),
          performance.now() - resumed,
        ]);
      } catch (error) {
        this.dirty = true;
        this.afterFailure(error);
        return;
      }
    }
  }

  private afterSave(): void {
    if (this.dirty) return;
    clearJournal(this.draft.id, thisTabId);
    this.setStatus({ kind: 'saved', at: new Date() });
  }

  private afterFailure(error: unknown): void {
    this.dirty = true;
    if (error instanceof DraftConflictError) {
      this.noticeRevision(error.storedRevision);
    } else if (isQuotaError(error)) {
      this.memoryOnly(describeStorageError(error));
    } else {
      this.setStatus({ kind: 'failed', message: describeStorageError(error) });
    }
  }

  private memoryOnly(message: string): void {
    this.setStatus({ kind: 'memory-only', message });
  }

  /** Skips repeats so typing does not re-render on every keystroke. */
  private setStatus(status: SaveStatus): void {
    if (status.kind === this.lastKind && status.kind === 'unsaved') return;
    // The storage warning stays up until a save gets through again.
    const pending = status.kind === 'unsaved' || status.kind === 'saving';
    if (pending && this.lastKind === 'memory-only') return;
    this.lastKind = status.kind;
    this.events.onStatus(status);
  }
}

/**
 * The wall time of a save is mostly IndexedDB working off the main thread;
 * what typing feels is the sum of the slices that ran on it.
 */
function measureMainThread(start: number, slicesMs: number[]): void {
  const total = slicesMs.reduce((sum, ms) => sum + ms, 0);
  performance.measure('bieu-mau:autosave-main-thread', {
    start,
    duration: total,
    detail: { slicesMs },
  });
}

function latestOf(draft: DraftRecord): TypedSoFar {
  const { answers, summary, pendingText } = draft;

  return { answers, summary, ...(pendingText && { pendingText }) };
}
