import { describeStorageError } from '../../drafts/errors';
import type { DraftMeta } from '../../drafts/types';
import { downloadDraft } from './download-draft';
import { draftStore } from './draft-store-access';
import { knownForms, versionFacts } from './form-facts';

/** What an action tells the page afterwards: a notice, maybe with undo. */
export interface ActionOutcome {
  message: string;
  tone: 'info' | 'error';
  undo?: () => Promise<void>;
}

const done = (message: string): ActionOutcome => ({ message, tone: 'info' });

/** Runs an action and turns any failure into a Vietnamese notice. */
export async function runAction(
  action: () => Promise<ActionOutcome | undefined>,
): Promise<ActionOutcome | undefined> {
  try {
    return await action();
  } catch (error) {
    return { message: describeStorageError(error), tone: 'error' };
  }
}

export async function renameDraft(draft: DraftMeta) {
  const name = window.prompt('Tên mới của bản nháp:', draft.name)?.trim();
  if (!name || name === draft.name) return undefined;
  await (await draftStore()).rename(draft.id, name);

  return done(`Đã đổi tên thành “${name}”.`);
}

export async function duplicateDraft(draft: DraftMeta) {
  const copy = await (await draftStore()).duplicate(draft.id);

  return done(`Đã tạo bản sao “${copy.name}”.`);
}

export async function deleteDraft(draft: DraftMeta): Promise<ActionOutcome> {
  const store = await draftStore();
  await store.remove(draft.id);

  return {
    ...done(`Đã xoá “${draft.name}”.`),
    undo: async () => void (await store.restore(draft.id)),
  };
}

export async function copyForNewYear(draft: DraftMeta) {
  const suggested = String(
    (draft.summary.year ?? new Date().getFullYear()) + 1,
  );
  const answer = window.prompt('Báo cáo mới cho năm nào?', suggested);
  if (answer === null) return undefined;
  const year = Number(answer.trim());
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    return {
      message: `“${answer}” không phải là một năm (ví dụ 2026).`,
      tone: 'error',
    } as const;
  }
  const facts = await versionFacts(draft.formId, draft.formVersion);
  const store = await draftStore();
  const copy = await store.copyForNewYear(
    draft.id,
    year,
    facts.perYear ?? [],
    facts.summary?.year,
  );
  location.hash = `#/dien/${encodeURIComponent(copy.id)}`;

  return done(`Đã tạo “${copy.name}”.`);
}

export async function exportDraft(draft: DraftMeta) {
  const record = await (await draftStore()).get(draft.id);
  if (record) await downloadDraft(record);

  return undefined;
}

export async function importDraftFile(file: File) {
  const text = await file.text();
  const store = await draftStore();
  const forms = await knownForms().catch(() => undefined);
  const first = await store.importDraft(text, { knownForms: forms });
  if (first.kind === 'imported') return done(`Đã nhập “${first.draft.name}”.`);
  const replace = window.confirm(
    `Máy này đã có bản nháp “${first.name}” giống tệp này. ` +
      'Thay bản trên máy bằng bản trong tệp?',
  );
  if (!replace) return done('Đã giữ nguyên bản nháp trên máy.');
  const second = await store.importDraft(text, {
    knownForms: forms,
    overwrite: true,
  });

  return done(
    `Đã thay bằng bản trong tệp: “${second.kind === 'imported' ? second.draft.name : first.name}”.`,
  );
}
