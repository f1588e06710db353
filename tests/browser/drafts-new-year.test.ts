import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftIdOf } from './draft-reader';
import {
  agencyBox,
  completeAnswers,
  draftFileFor,
  importOnDraftsPage,
  storedDraft,
} from './drafts-fixtures';
import { startApp, type RunningApp } from './harness';

const versionMeta = JSON.parse(
  readFileSync(
    path.resolve(
      import.meta.dirname,
      '../../forms/bao-cao-ung-dung-cntt/2015/version.json',
    ),
    'utf8',
  ),
) as { perYear: string[]; summary: { year: string } };

let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ width: 1000 });
});

afterAll(async () => {
  await app?.close();
});

function valueAt(root: unknown, pointer: string): unknown {
  return pointer
    .slice(1)
    .split('/')
    .reduce<any>((node, key) => node?.[key], root);
}

describe('a new year’s report from last year’s', () => {
  it('clears the per-year answers, keeps the rest and sets the new year', async () => {
    const page = app.page;
    const source = draftFileFor('Báo cáo huyện Vĩnh An', completeAnswers());
    await app.openApp('#/ban-nhap');
    await importOnDraftsPage(page, 'bao-cao-2015.json', source.buffer);
    await page
      .getByRole('status')
      .filter({ hasText: /Đã nhập/ })
      .waitFor();
    await page
      .getByRole('listitem', { name: 'Báo cáo huyện Vĩnh An' })
      .getByRole('button', { name: 'Tạo báo cáo năm mới từ bản này' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Tạo báo cáo năm mới' });
    await dialog.getByLabel('Báo cáo mới cho năm nào?').fill('2016');
    await dialog.getByRole('button', { name: 'Tạo báo cáo' }).click();

    await page.waitForURL(/#\/dien\//);
    const copyId = draftIdOf(page);
    expect(copyId).not.toBe(source.id);
    const copy = await storedDraft(page, copyId);
    expect(copy.meta?.name).toBe('Báo cáo huyện Vĩnh An – năm 2016');
    expect(valueAt(copy.answers, versionMeta.summary.year)).toBe(2016);
    const cleared = versionMeta.perYear.filter(
      (pointer) =>
        pointer !== versionMeta.summary.year && !pointer.includes('*'),
    );
    for (const pointer of cleared) {
      expect(valueAt(copy.answers, pointer), pointer).toBeUndefined();
    }
    const original = completeAnswers();
    expect(copy.answers?.generalInfo.agencyName).toBe(
      original.generalInfo.agencyName,
    );
    expect(copy.answers?.applications.oneStopShop.softwareName).toBe(
      original.applications.oneStopShop.softwareName,
    );
    expect(copy.answers?.resources.itStaffTotal).toBe(3);
    expect(copy.answers?.signatures.declarant.fullName).toBe(
      original.signatures.declarant.fullName,
    );
    expect((await storedDraft(page, source.id)).answers).toEqual(original);
    expect(await (await agencyBox(page)).inputValue()).toBe(
      original.generalInfo.agencyName,
    );
    expect(await page.getByLabel('Năm báo cáo').first().inputValue()).toBe(
      '2016',
    );
  });
});
