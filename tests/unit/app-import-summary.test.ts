import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../src/app/drafts/import-summary';
import {
  exportDraftText,
  importDraftText,
} from '../../src/drafts/draft-transfer';
import type { DraftRecord } from '../../src/drafts/types';
import { loadForm2015 } from './form-2015';

const root = path.resolve(import.meta.dirname, '../..');
const complete = JSON.parse(
  readFileSync(
    path.join(root, 'tests/fixtures/report-2015-complete.json'),
    'utf8',
  ),
);
const definition = await loadForm2015();

function staleDraft(answers: unknown): DraftRecord {
  const now = new Date().toISOString();

  return {
    id: 'ban-nhap-sua-tay',
    formId: 'bao-cao-ung-dung-cntt',
    formVersion: '2015',
    name: 'Bản nháp sửa tay',
    answers: answers as DraftRecord['answers'],
    revision: 3,
    createdAt: now,
    updatedAt: now,
    summary: { answered: 35, total: 141, errors: 43, agency: 'Xã cũ' },
    status: 'draft',
  };
}

async function importWithRecount(draft: DraftRecord) {
  const stored: DraftRecord[] = [];
  const result = await importDraftText(
    await exportDraftText(draft),
    { summarize: async (d) => summaryOf(definition, d.answers) },
    { find: async () => undefined, put: async (r) => void stored.push(r) },
  );
  expect(result.kind).toBe('imported');

  return stored[0];
}

describe('importing a draft file whose summary was edited', () => {
  it('stores the counts of its answers, not the file’s stale "35/141, 43 lỗi"', async () => {
    const imported = await importWithRecount(staleDraft(complete));

    expect(imported.summary.errors).toBe(0);
    // The complete fixture leaves one optional box empty.
    expect(imported.summary.answered).toBe(imported.summary.total - 1);
    expect(imported.summary.total).toBeGreaterThan(141);
    expect(imported.summary.agency).toBe(complete.generalInfo.agencyName);
    expect(imported.summary.year).toBe(complete.generalInfo.reportYear);
  });

  it('counts an empty report as nothing answered, with no agency', async () => {
    const imported = await importWithRecount(staleDraft({}));

    expect(imported.summary.answered).toBe(0);
    expect(imported.summary.agency).toBeUndefined();
    expect(imported.summary.errors).not.toBe(43);
    expect(imported.summary.total).toBeGreaterThan(0);
  });
});
