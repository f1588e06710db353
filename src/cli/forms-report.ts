import type { Catalog, DefinitionProblem } from '../core/definition/types';

/** Every problem in a catalog, form-level ones before their versions'. */
export function allProblems(catalog: Catalog): DefinitionProblem[] {
  return [
    ...catalog.problems,
    ...catalog.forms.flatMap((form) => [
      ...form.problems,
      ...form.versions.flatMap((v) => v.problems),
    ]),
  ];
}

function group(title: string, problems: DefinitionProblem[]): string[] {
  if (problems.length === 0) return [];

  return [
    title,
    ...problems.map((p) => `  ${p.file}#${p.pointer}: ${p.message}`),
    '',
  ];
}

/** The human-readable report: problems grouped by form and version, then a summary. */
export function formatReport(catalog: Catalog, formsDir: string): string {
  const lines = [...group(`Thư mục ${formsDir}`, catalog.problems)];
  for (const form of catalog.forms) {
    lines.push(...group(`Biểu mẫu ${form.formId}`, form.problems));
    for (const version of form.versions) {
      const title = `Biểu mẫu ${form.formId}, phiên bản ${version.version}`;
      lines.push(...group(title, version.problems));
    }
  }
  const versions = catalog.forms.reduce((n, f) => n + f.versions.length, 0);
  const count = allProblems(catalog).length;
  const checked = `Đã kiểm tra ${catalog.forms.length} biểu mẫu, ${versions} phiên bản`;
  lines.push(
    count === 0
      ? `${checked}: không có lỗi.`
      : `${checked}: có ${count} lỗi cần sửa.`,
  );

  return lines.join('\n');
}
