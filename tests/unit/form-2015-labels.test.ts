import { expect, it } from 'vitest';
import { form2015Files } from './form-2015';

type Node = Record<string, unknown> & {
  properties?: Record<string, Node>;
  items?: Node;
  oneOf?: { title: string }[];
  elements?: Node[];
};

const { schema, uischema, officialText } = form2015Files<Node>();

/**
 * Wording not on the paper, each a reading choice explained in the README:
 * a completed heading, a fixed typo, service levels the paper names only as
 * "mức độ 1, 2" and "mức độ 3 trở lên", and names for unlabelled places.
 */
const readingChoices = new Set([
  '8. Hệ thống bảo đảm an toàn, an ninh thông tin',
  'Cơ quan thường xuyên sử dụng',
  'a) Cơ quan thường xuyên sử dụng',
  '- Cơ quan thường xuyên sử dụng',
  'Mức độ 2',
  'Mức độ 4',
  'Văn bản đã ban hành',
  'Chữ ký',
  'Địa danh',
  'Ngày ký',
]);

/**
 * Letters and digits only, lower case: the extraction's line breaks, dotted
 * blanks and "7.Số"-style spacing must not hide a wrong letter or tone mark.
 */
function lettersOf(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function uiLabels(element: Node): string[] {
  const own = typeof element.label === 'string' ? [element.label] : [];
  const detail = (element.options as Node | undefined)?.detail;
  const nested = typeof detail === 'object' ? [detail as Node] : [];

  return [
    ...own,
    ...[...(element.elements ?? []), ...nested].flatMap(uiLabels),
  ];
}

/** Titles of answers (column headers, error messages) and of their choices. */
function answerTitles(node: Node): string[] {
  if (node.properties) {
    return Object.values(node.properties).flatMap(answerTitles);
  }
  if (node.items?.properties) return answerTitles(node.items);
  const options = node.oneOf ?? node.items?.oneOf ?? [];

  return [String(node.title), ...options.map((o) => o.title)];
}

it('shows only wording printed on the paper, apart from the listed reading choices', () => {
  const paper = lettersOf(officialText);
  const shown = [...uiLabels(uischema), ...answerTitles(schema)];
  const notPrinted = shown.filter(
    (text) => !readingChoices.has(text) && !paper.includes(lettersOf(text)),
  );

  expect(shown.length).toBeGreaterThan(400);
  expect([...new Set(notPrinted)]).toEqual([]);
});

it('needs every listed reading choice, so the list cannot hide a new mistake', () => {
  const shown = new Set([...uiLabels(uischema), ...answerTitles(schema)]);
  const unused = [...readingChoices].filter((text) => !shown.has(text));

  expect(unused).toEqual([]);
});
