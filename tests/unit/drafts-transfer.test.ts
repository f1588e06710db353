import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDraftDb } from '../../src/drafts/draft-db';
import { createDraftStore } from '../../src/drafts/draft-store';
import { DraftImportError } from '../../src/drafts/errors';
import type { DraftRecord, DraftStore } from '../../src/drafts/types';

const knownForms = { 'bao-cao-ung-dung-cntt': ['2015'] };

async function freshStore(): Promise<DraftStore> {
  globalThis.indexedDB = new IDBFactory();

  return createDraftStore(await openDraftDb());
}

let source: DraftStore;
let draft: DraftRecord;
let exported: string;

beforeEach(async () => {
  source = await freshStore();
  const created = await source.create({
    formId: 'bao-cao-ung-dung-cntt',
    formVersion: '2015',
    name: 'Huyện Đông Anh 2025',
  });
  draft = await source.save(
    created.id,
    { agencyName: 'Phòng Văn hoá – Thông tin', staff: 12 },
    { answered: 2, total: 300, errors: 0, agency: 'Phòng Văn hoá' },
    1,
  );
  exported = await source.exportDraft(draft.id);
});

describe('draft export and import', () => {
  it('brings the same draft onto another machine', async () => {
    const target = await freshStore();

    const result = await target.importDraft(exported, { knownForms });

    expect(result.kind).toBe('imported');
    expect(await target.get(draft.id)).toEqual(draft);
  });

  it('asks before replacing a draft with the same id, then replaces it', async () => {
    const first = await source.importDraft(exported, { knownForms });
    expect(first).toEqual({ kind: 'exists', id: draft.id, name: draft.name });

    const second = await source.importDraft(exported, { overwrite: true });

    expect(second.kind).toBe('imported');
    expect((await source.get(draft.id))?.revision).toBe(draft.revision + 1);
  });

  it('refuses a file whose answers were edited after export', async () => {
    const tampered = exported.replace('"staff": 12', '"staff": 99');
    expect(tampered).not.toBe(exported);

    await expect(source.importDraft(tampered)).rejects.toThrow(
      /đã bị sửa hoặc bị hỏng/,
    );
  });

  it('refuses text that is not JSON, naming the problem in Vietnamese', async () => {
    const result = source.importDraft('PK\u0003\u0004 not json');

    await expect(result).rejects.toBeInstanceOf(DraftImportError);
    await expect(result).rejects.toThrow(/không phải JSON/);
  });

  it('refuses a draft of a form or version this app does not have', async () => {
    await expect(
      source.importDraft(exported, { knownForms: { 'mau-khac': ['1'] } }),
    ).rejects.toThrow(/biểu mẫu này không có trong ứng dụng/);
    await expect(
      source.importDraft(exported, {
        knownForms: { 'bao-cao-ung-dung-cntt': ['2030'] },
      }),
    ).rejects.toThrow(/phiên bản "2015"/);
  });
});
