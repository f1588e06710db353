import type { Translator } from '@jsonforms/core';

/**
 * Vietnamese for the words JSON Forms itself and these renderers show. JSON
 * Forms asks for them under keys that end with these names (for example
 * `applications.noDataMessage`), so they are looked up by the last segment.
 */
export const jsonFormsTranslations: Record<string, Record<string, string>> = {
  vi: {
    addTooltip: 'Thêm dòng',
    addAriaLabel: 'Thêm dòng',
    removeTooltip: 'Xóa',
    removeAriaLabel: 'Xóa dòng',
    upAriaLabel: 'Chuyển lên',
    downAriaLabel: 'Chuyển xuống',
    up: 'Lên',
    down: 'Xuống',
    noDataMessage: 'Chưa có dòng nào.',
    noSelection: 'Chưa chọn',
    deleteDialogTitle: 'Xác nhận xóa',
    deleteDialogMessage: 'Xóa dòng này? Những gì đã nhập trong dòng sẽ mất.',
    deleteDialogAccept: 'Xóa',
    deleteDialogDecline: 'Không xóa',
    clearDialogTitle: 'Xóa câu trả lời?',
    clearDialogMessage: 'Những gì đã nhập ở đây sẽ mất. Tiếp tục?',
    clearDialogAccept: 'Đồng ý',
    clearDialogDecline: 'Không',
    none: '— Chưa chọn —',
    clearChoice: 'Bỏ chọn',
    rowNumber: 'TT',
    rowHeader: 'Nội dung',
    row: 'dòng',
    item: 'Mục',
    notANumber: 'Không phải là số',
  },
  en: {
    addTooltip: 'Add row',
    addAriaLabel: 'Add row',
    removeTooltip: 'Delete',
    removeAriaLabel: 'Delete row',
    upAriaLabel: 'Move up',
    downAriaLabel: 'Move down',
    up: 'Up',
    down: 'Down',
    noDataMessage: 'No rows yet.',
    noSelection: 'Nothing selected',
    deleteDialogTitle: 'Confirm deletion',
    deleteDialogMessage: 'Delete this row? What was typed in it will be lost.',
    deleteDialogAccept: 'Delete',
    deleteDialogDecline: 'Keep',
    clearDialogTitle: 'Clear the answer?',
    clearDialogMessage: 'What was typed here will be lost. Continue?',
    clearDialogAccept: 'Yes',
    clearDialogDecline: 'No',
    none: '— Not chosen —',
    clearChoice: 'Clear choice',
    rowNumber: 'No.',
    rowHeader: 'Item',
    row: 'row',
    item: 'Item',
    notANumber: 'Not a number',
    // Why a box's text cannot be read; Vietnamese comes from core/locale.
    unreadableNumber: 'Not a number: "{text}".',
    fractionInCount: 'Whole numbers only (no decimal part): "{text}".',
    numberTooLong: 'The number is too long (at most {max} digits): "{text}".',
    unreadableDate:
      'The date "{text}" is not in day/month/year form (e.g. 31/12/2015).',
    yearDigits: 'The year in "{text}" must have 4 digits.',
    noSuchMonth: 'There is no month {month} (months run 1 to 12): "{text}".',
    noSuchDay:
      'Day {day} does not exist in {month}/{year} (that month has {last} ' +
      'days): "{text}".',
    unreadableDateTime:
      'The date and time "{text}" is not in day/month/year hour:minute ' +
      'form (e.g. 31/12/2015 14:30).',
    noSuchTime: 'There is no time "{time}" (hours 0–23, minutes 0–59).',
    skippedTime:
      '{clock} on {date} does not exist in this computer’s time zone (the ' +
      'clock jumps over it). Choose another time.',
  },
};

/**
 * Builds the `i18n.translate` to pass to `<JsonForms>`. Call it once per
 * locale and form version. Looks a key up in the form's own translations
 * (`i18n/<locale>.json`, keyed by JSON Forms key such as
 * `generalInfo.reportYear.label`, or by the Vietnamese text itself), then in
 * the interface words above, and otherwise returns the default text, which
 * for labels is the Vietnamese title from the schema.
 */
export function createTranslator(
  locale: string,
  formTranslations: Record<string, string> = {},
): Translator {
  const words = jsonFormsTranslations[locale] ?? jsonFormsTranslations.vi;

  return ((id: string, defaultMessage?: string, values?: unknown) => {
    const own = formTranslations[id];
    if (own !== undefined) return own;
    if (defaultMessage !== undefined && locale !== 'vi') {
      const byText = formTranslations[defaultMessage];
      if (byText !== undefined) return byText;
    }
    const word = words[id.slice(id.lastIndexOf('.') + 1)];

    return word === undefined ? defaultMessage : fillIn(word, values);
  }) as Translator;
}

/** Puts `values` into a word's `{name}` places, e.g. the text typed. */
function fillIn(word: string, values: unknown): string {
  if (typeof values !== 'object' || values === null) return word;
  const named = values as Record<string, unknown>;

  return word.replace(/\{(\w+)\}/g, (place, name: string) =>
    name in named ? String(named[name]) : place,
  );
}
