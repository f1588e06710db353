const firstYear = 2000;
const lastYear = 2100;

/** The year typed for a new report, or `undefined` when it is not one. */
export function parseReportYear(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return undefined;
  const year = Number(trimmed);

  return year >= firstYear && year <= lastYear ? year : undefined;
}
