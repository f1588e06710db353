import { InvalidAnswersError, type ProblemDetail } from './errors';

/**
 * A refusal lists this many problems at most: enough to fix a report by,
 * while 20 000 bad table rows would otherwise make a 60 MB answer.
 */
export const MAX_ERRORS_SHOWN = 100;

/**
 * No table of a report needs more rows than this, nor a whole report more
 * list items than `MAX_LIST_ITEMS`; the 2015 form's longest lists hold a
 * few dozen. Checked before the schema, which would otherwise spend
 * seconds finding every problem of every row of huge lists.
 */
export const MAX_TABLE_ROWS = 1000;
export const MAX_LIST_ITEMS = 2000;

/** Every list in the answers with its pointer and length. */
function listsIn(answers: unknown): { pointer: string; length: number }[] {
  const lists: { pointer: string; length: number }[] = [];
  const walk = (value: unknown, pointer: string) => {
    if (typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) lists.push({ pointer, length: value.length });
    for (const [key, item] of Object.entries(value)) {
      walk(item, `${pointer}/${escapePointer(key)}`);
    }
  };
  walk(answers, '');
  return lists;
}

/**
 * Whether no list is too long and all lists together stay within
 * `MAX_LIST_ITEMS`, counted without the pointers only a refusal needs.
 */
function withinLimits(answers: unknown): boolean {
  let total = 0;
  const fits = (value: unknown): boolean => {
    if (typeof value !== 'object' || value === null) return true;
    if (Array.isArray(value)) {
      total += value.length;
      if (value.length > MAX_TABLE_ROWS || total > MAX_LIST_ITEMS) {
        return false;
      }
      return value.every(fits);
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (!fits((value as Record<string, unknown>)[key])) return false;
    }
    return true;
  };

  return fits(answers);
}

/**
 * Call with normalized answers before validating them: refuses a list
 * longer than `MAX_TABLE_ROWS`, or lists holding more than
 * `MAX_LIST_ITEMS` items together, naming the longest lists.
 */
export function checkTableSizes(answers: unknown): void {
  if (withinLimits(answers)) return;
  const lists = listsIn(answers);
  const total = lists.reduce((sum, list) => sum + list.length, 0);
  const tooLong = lists.filter((list) => list.length > MAX_TABLE_ROWS);
  if (tooLong.length === 0 && total <= MAX_LIST_ITEMS) return;
  const named = tooLong.length > 0 ? tooLong : longest(lists);
  const problems: ProblemDetail[] = named.map(({ pointer, length }) => ({
    path: `/answers${pointer}`,
    message: `Bảng có ${length} dòng, nhiều hơn máy chủ nhận (tối đa ${MAX_TABLE_ROWS} dòng mỗi bảng, ${MAX_LIST_ITEMS} dòng cả báo cáo).`,
  }));
  throw new InvalidAnswersError(
    'Báo cáo có bảng quá dài nên chưa được nhận. Hãy kiểm tra lại bảng ' +
      'được chỉ ra (có thể đã dán nhầm dữ liệu) rồi gửi lại.',
    problems.slice(0, MAX_ERRORS_SHOWN),
    problems.length,
  );
}

/** The lists that together hold most items, longest first, up to ten. */
function longest(lists: { pointer: string; length: number }[]) {
  return [...lists].sort((a, b) => b.length - a.length).slice(0, 10);
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
