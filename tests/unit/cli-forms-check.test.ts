import { execFile } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = path.resolve('src/cli/forms-check.ts');
const TSX = path.resolve('node_modules/.bin/tsx');
const roots: string[] = [];
afterAll(() =>
  roots.forEach((r) => rmSync(r, { recursive: true, force: true })),
);

function run(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>(
    (resolve) => {
      execFile(
        TSX,
        [CLI, ...args],
        { env: { ...process.env, ...env }, timeout: 60_000 },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      );
    },
  );
}

function brokenCopy(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bieu-mau-cli-'));
  roots.push(root);
  cpSync('forms', root, { recursive: true });
  const file = path.join(root, 'bao-cao-ung-dung-cntt/2015/schema.json');
  const schema = JSON.parse(readFileSync(file, 'utf8'));
  schema.$id = 'urn:sai';
  writeFileSync(file, JSON.stringify(schema));
  return root;
}

describe('npm run forms:check', () => {
  it('exits 0 with a clean summary on the project forms', async () => {
    const result = await run([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1 biểu mẫu, 1 phiên bản: không có lỗi/);
  }, 60_000);

  it('exits 1 and prints file#pointer lines for a broken copy', async () => {
    const result = await run([brokenCopy()]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'bao-cao-ung-dung-cntt/2015/schema.json#/$id:',
    );
    expect(result.stdout).toMatch(/có \d+ lỗi cần sửa/);
  }, 60_000);

  it('reads the folder from BIEU_MAU_FORMS_DIR and prints JSON with --json', async () => {
    const dir = brokenCopy();
    const result = await run(['--json'], { BIEU_MAU_FORMS_DIR: dir });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'bao-cao-ung-dung-cntt/2015/schema.json',
          pointer: '/$id',
        }),
      ]),
    );
  }, 60_000);

  it('exits 2 with usage when the folder does not exist', async () => {
    const result = await run(['/khong-co-thu-muc-nay']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Không tìm thấy thư mục biểu mẫu');
  }, 60_000);
});
