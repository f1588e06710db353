import { findAnswersProblem, findMetaProblem } from './draft-records';
import { DraftImportError } from './errors';
import type {
  DraftRecord,
  ImportOptions,
  ImportResult,
  KnownForms,
} from './types';

const FILE_KIND = 'bieu-mau/ban-nhap';
const FILE_VERSION = 1;

/** What an export file holds: the draft plus a hash to catch edits. */
interface DraftFile {
  kind: typeof FILE_KIND;
  fileVersion: number;
  exportedAt: string;
  sha256: string;
  draft: DraftRecord;
}

async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const digest = await crypto.subtle.digest('SHA-256', bytes);

  return Array.from(new Uint8Array(digest), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

/**
 * Builds the text of an export file; call it from the store, or with the
 * in-memory draft when the browser cannot store anything.
 */
export async function exportDraftText(draft: DraftRecord): Promise<string> {
  const file: DraftFile = {
    kind: FILE_KIND,
    fileVersion: FILE_VERSION,
    exportedAt: new Date().toISOString(),
    sha256: await sha256Hex(JSON.stringify(draft)),
    draft,
  };

  return JSON.stringify(file, null, 1);
}

/** Parses and checks an export file; throws DraftImportError saying why not. */
export async function readDraftFile(
  text: string,
  knownForms?: KnownForms,
): Promise<DraftRecord> {
  const file = parseJson(text) as Partial<DraftFile> | null;
  if (typeof file !== 'object' || file === null || file.kind !== FILE_KIND) {
    throw new DraftImportError(
      'Tệp này không phải là bản nháp xuất từ Biểu mẫu. ' +
        'Hãy chọn tệp .json đã tải về bằng nút "Xuất".',
    );
  }
  if (file.sha256 !== (await sha256Hex(JSON.stringify(file.draft)))) {
    throw new DraftImportError(
      'Tệp bản nháp đã bị sửa hoặc bị hỏng sau khi xuất, nên không thể ' +
        'nhập. Hãy xuất lại từ máy gốc; đừng sửa tệp bằng tay.',
    );
  }
  const draft = file.draft as DraftRecord;
  const problem = findMetaProblem(draft) ?? findAnswersProblem(draft.answers);
  if (problem) {
    throw new DraftImportError(`Tệp bản nháp không dùng được: ${problem}.`);
  }
  checkFormKnown(draft, knownForms);

  return draft;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new DraftImportError(
      'Không đọc được tệp: nội dung không phải JSON. ' +
        'Hãy chọn đúng tệp bản nháp (.json) đã xuất từ Biểu mẫu.',
    );
  }
}

function checkFormKnown(draft: DraftRecord, knownForms?: KnownForms): void {
  if (!knownForms) return;
  const versions = knownForms[draft.formId];
  if (!versions) {
    throw new DraftImportError(
      `Tệp là bản nháp của biểu mẫu "${draft.formId}", ` +
        'biểu mẫu này không có trong ứng dụng. Hãy hỏi người quản trị.',
    );
  }
  if (!versions.includes(draft.formVersion)) {
    throw new DraftImportError(
      `Tệp dùng phiên bản "${draft.formVersion}" của biểu mẫu ` +
        `"${draft.formId}", ứng dụng chỉ có: ${versions.join(', ')}. ` +
        'Hãy hỏi người quản trị.',
    );
  }
}

interface ImportTarget {
  find(id: string): Promise<DraftRecord | undefined>;
  put(record: DraftRecord): Promise<void>;
}

/**
 * Imports an export file; an existing draft with the same id is only
 * replaced with `overwrite`, otherwise the caller is told so it can ask.
 */
export async function importDraftText(
  text: string,
  options: ImportOptions,
  target: ImportTarget,
): Promise<ImportResult> {
  const read = await readDraftFile(text, options.knownForms);
  const draft = options.summarize
    ? { ...read, summary: await options.summarize(read) }
    : read;
  const existing = await target.find(draft.id).catch(() => undefined);
  if (existing && !options.overwrite) {
    return { kind: 'exists', id: existing.id, name: existing.name };
  }
  const imported: DraftRecord = {
    ...draft,
    // A queued report's outbox item stays on the old machine.
    status: draft.status === 'queued' ? 'draft' : draft.status,
    revision: Math.max(draft.revision, (existing?.revision ?? 0) + 1),
  };
  await target.put(imported);

  return { kind: 'imported', draft: imported };
}
