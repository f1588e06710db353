import { stat } from 'node:fs/promises';
import path from 'node:path';
import { scanCatalog } from '../core/catalog/scan-catalog';
import type { Catalog } from '../core/definition/types';
import { createFsFormsSource } from '../node/fs-forms-source';
import { allProblems, formatReport } from './forms-report';

const USAGE =
  'Cách dùng: npm run forms:check -- [thư mục biểu mẫu] [--json]\n' +
  'Mặc định kiểm tra thư mục forms/ (hoặc BIEU_MAU_FORMS_DIR).';

function emptyFolderProblem(catalog: Catalog, dir: string): Catalog {
  if (catalog.forms.length > 0 || catalog.problems.length > 0) return catalog;
  const message = `Thư mục ${dir} không có biểu mẫu nào; hãy kiểm tra đường dẫn.`;

  return { ...catalog, problems: [{ file: '', pointer: '', message }] };
}

async function isFolder(dir: string): Promise<boolean> {
  return stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** Run the check; returns the process exit code (0 clean, 1 problems, 2 usage). */
export async function main(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  if (rest.some((a) => a.startsWith('-')) || rest.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const dir = path.resolve(
    rest[0] ?? process.env.BIEU_MAU_FORMS_DIR ?? 'forms',
  );
  if (!(await isFolder(dir))) {
    console.error(`Không tìm thấy thư mục biểu mẫu ${dir}.\n${USAGE}`);
    return 2;
  }
  const catalog = emptyFolderProblem(
    await scanCatalog(createFsFormsSource(dir)),
    dir,
  );
  const problems = allProblems(catalog);
  if (json) {
    console.log(
      JSON.stringify({ ok: problems.length === 0, problems, catalog }, null, 2),
    );
  } else {
    console.log(formatReport(catalog, dir));
  }

  return problems.length === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
