import { describeStorageError } from '../../drafts/errors';
import type { DraftMeta, DraftRecord } from '../../drafts/types';
import { downloadDraft } from './download-draft';
import type { DraftQuestions } from './draft-questions';
import { draftStore } from './draft-store-access';
import { knownForms, versionFacts } from './form-facts';
import { appStrings } from '../i18n/strings';
import { parseReportYear } from './report-year';

/** What an action tells the page afterwards: a notice, maybe with undo. */
export interface ActionOutcome {
  message: string;
  tone: 'info' | 'error';
  undo?: () => Promise<void>;
}

const done = (message: string): ActionOutcome => ({ message, tone: 'info' });

/** Runs an action and turns any failure into a notice the person can read. */
export async function runAction(
  action: () => Promise<ActionOutcome | undefined>,
): Promise<ActionOutcome | undefined> {
  try {
    return await action();
  } catch (error) {
    return { message: describeStorageError(error), tone: 'error' };
  }
}

export async function renameDraft(draft: DraftMeta, ask: DraftQuestions) {
  const text = appStrings().drafts;
  const answer = await ask.text({
    title: text.renameTitle,
    label: text.renamePrompt,
    initialValue: draft.name,
    confirmLabel: text.renameConfirm,
    check: (value) => (value.trim() ? undefined : text.emptyName),
  });
  const name = answer?.trim();
  if (!name || name === draft.name) return undefined;
  await (await draftStore()).rename(draft.id, name);

  return done(text.renamed(name));
}

export async function duplicateDraft(draft: DraftMeta) {
  const copy = await (await draftStore()).duplicate(draft.id);

  return done(appStrings().drafts.duplicated(copy.name));
}

export async function deleteDraft(draft: DraftMeta): Promise<ActionOutcome> {
  const store = await draftStore();
  await store.remove(draft.id);

  return {
    ...done(appStrings().drafts.deleted(draft.name)),
    undo: async () => void (await store.restore(draft.id)),
  };
}

export async function copyForNewYear(draft: DraftMeta, ask: DraftQuestions) {
  const suggested = String(
    (draft.summary.year ?? new Date().getFullYear()) + 1,
  );
  const text = appStrings().drafts;
  const answer = await ask.text({
    title: text.yearTitle,
    label: text.yearPrompt,
    initialValue: suggested,
    confirmLabel: text.yearConfirm,
    check: (value) =>
      parseReportYear(value) === undefined ? text.notAYear(value) : undefined,
  });
  const year = answer === undefined ? undefined : parseReportYear(answer);
  if (year === undefined) return undefined;
  const facts = await versionFacts(draft.formId, draft.formVersion);
  const store = await draftStore();
  const copy = await store.copyForNewYear(
    draft.id,
    year,
    facts.perYear ?? [],
    facts.summary?.year,
  );
  location.hash = `#/dien/${encodeURIComponent(copy.id)}`;

  return done(text.created(copy.name));
}

export async function exportDraft(draft: DraftMeta) {
  const record = await (await draftStore()).get(draft.id);
  if (record) await downloadDraft(record);

  return undefined;
}

// Loaded on import only: it brings the validator, which the list never needs.
async function summarizeImported(draft: DraftRecord) {
  const { summarizeImported } = await import('./import-summary');

  return summarizeImported(draft);
}

export async function importDraftFile(file: File, ask: DraftQuestions) {
  const words = appStrings().drafts;
  const text = await file.text();
  const store = await draftStore();
  const forms = await knownForms().catch(() => undefined);
  const options = { knownForms: forms, summarize: summarizeImported };
  const first = await store.importDraft(text, options);
  if (first.kind === 'imported') return done(words.imported(first.draft.name));
  const replace = await ask.confirm({
    title: words.replaceTitle,
    text: words.replaceQuestion(first.name),
    confirmLabel: words.replaceConfirm,
    cancelLabel: words.keepLocal,
  });
  if (!replace) return done(words.keptLocal);
  const second = await store.importDraft(text, { ...options, overwrite: true });

  return done(
    words.replaced(second.kind === 'imported' ? second.draft.name : first.name),
  );
}
