import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { scanCatalog } from '../../src/core/catalog';
import { formatReport } from '../../src/cli/forms-report';
import { createFsFormsSource } from '../../src/node/fs-forms-source';

const root = mkdtempSync(path.join(tmpdir(), 'bieu-mau-names-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

cpSync('forms', root, { recursive: true });
mkdirSync(path.join(root, 'Bad Name'));
cpSync(
  path.join(root, 'bao-cao-ung-dung-cntt'),
  path.join(root, 'Báo cáo Đặc biệt'),
  { recursive: true },
);
const catalog = await scanCatalog(createFsFormsSource(root));
const report = formatReport(catalog, root);

it('reports a form folder named "Bad Name" by its name, with the rule and a fix', () => {
  expect(catalog.problems).toContainEqual({
    file: 'Bad Name',
    pointer: '',
    message: expect.stringMatching(
      /^Tên thư mục biểu mẫu "Bad Name" không hợp lệ: tên chỉ được gồm chữ thường không dấu .* Hãy đổi tên, ví dụ thành "bad-name"\.$/,
    ),
  });
  expect(report).toContain('  Bad Name#: Tên thư mục biểu mẫu "Bad Name"');
  expect(report).not.toMatch(/chưa có thư mục phiên bản/);
});

it('suggests a name without accents for a Vietnamese folder name', () => {
  const messages = catalog.problems.map((p) => p.message).join('\n');

  expect(messages).toContain('ví dụ thành "bao-cao-dac-biet"');
});

it('lists no form, and no empty version, for a misnamed folder', () => {
  const ids = catalog.forms.map((f) => f.formId);

  expect(ids).toEqual(['bao-cao-ung-dung-cntt']);
  expect(report).not.toMatch(/phiên bản\s*$/m);
  expect(catalog.forms[0].problems).toEqual([]);
});
