import { InvalidAnswersError, type ProblemDetail } from './errors';

/**
 * A refusal lists this many problems at most: enough to fix a report by,
 * while 20 000 bad table rows would otherwise make a 60 MB answer.
 */
export const MAX_ERRORS_SHOWN = 100;

/**
 * No table of a report needs more rows than this; the 2015 form's longest
 * lists hold a few dozen. Checked before the schema, which would otherwise
 * spend seconds finding every problem of every row of a huge list.
 */
export const MAX_TABLE_ROWS = 1000;

/**
 * Call with normalized answers before validating them: refuses any list
 * longer than `MAX_TABLE_ROWS`, naming where it is.
 */
export function checkTableSizes(answers: unknown): void {
  const tooLong: ProblemDetail[] = [];
  const walk = (value: unknown, pointer: string) => {
    if (Array.isArray(value) && value.length > MAX_TABLE_ROWS) {
      tooLong.push({
        path: `/answers${pointer}`,
        message: `Bảng có ${value.length} dòng, nhiều hơn ${MAX_TABLE_ROWS} dòng máy chủ nhận.`,
      });
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [key, item] of Object.entries(value)) {
      walk(item, `${pointer}/${escapePointer(key)}`);
    }
  };
  walk(answers, '');
  if (tooLong.length === 0) return;
  throw new InvalidAnswersError(
    `Báo cáo có bảng dài hơn ${MAX_TABLE_ROWS} dòng nên chưa được nhận. ` +
      'Hãy kiểm tra lại bảng được chỉ ra (có thể đã dán nhầm dữ liệu) rồi ' +
      'gửi lại.',
    tooLong.slice(0, MAX_ERRORS_SHOWN),
    tooLong.length,
  );
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
