import { sectionOf } from '../../core/answers/sections';
import { schemaAtDataPointer } from '../../core/definition/schema-path';
import type { FormDefinition } from '../../core/definition/types';
import type { AnswerError } from '../../core/validation';
import type { AppLocale } from '../i18n/strings';
import type { UnreadableBoxes } from './unreadable-boxes';

// Said of a box in a section not on screen, whose own reason is unknown
// until it is shown again.
const notRead: Record<AppLocale, (label: string) => string> = {
  vi: (label) =>
    `${label}: chưa đọc được nội dung đã nhập. Hãy mở mục này và sửa lại ô đó.`,
  en: (label) =>
    `${label}: what was typed cannot be read. Open this section and correct the box.`,
};

function labelAt(def: FormDefinition, pointer: string): string {
  const title = schemaAtDataPointer(def.schema, pointer)?.title;

  return typeof title === 'string' ? title : pointer;
}

/**
 * Call on errors about to be listed or counted: adds one line for every box
 * holding unreadable text that no error names yet (a box that need not be
 * answered, or any box before "Kiểm tra toàn bộ"), so the count matches the
 * red boxes and a whole-report check never says "no errors" over them.
 */
export function addUnreadableBoxes(
  def: FormDefinition,
  errors: AnswerError[],
  pending: ReadonlySet<string>,
  boxes: UnreadableBoxes,
  locale: AppLocale,
): AnswerError[] {
  const named = new Set(errors.map((error) => error.pointer));
  const pointers = new Set([...pending, ...boxes.keys()]);
  const added: AnswerError[] = [];
  for (const pointer of pointers) {
    if (named.has(pointer)) continue;
    const label = labelAt(def, pointer);
    const why = boxes.get(pointer);
    added.push({
      pointer,
      keyword: 'unreadable',
      label,
      message: why === undefined ? notRead[locale](label) : `${label}: ${why}`,
      section: sectionOf(def, pointer),
    });
  }

  return added.length ? [...errors, ...added] : errors;
}
