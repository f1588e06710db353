import type { JsonSchema } from '@jsonforms/core';
import { schemaAtScope, type SchemaNode } from './schema-path';
import type { DefinitionProblem } from './types';

type Node = Record<string, unknown>;

interface Place {
  /** Pointer of the element inside uischema.json. */
  at: string;
  /** Schema its scopes are relative to: the root, or a table's items. */
  schema: JsonSchema;
}

interface Checker {
  file: string;
  root: JsonSchema;
  problems: DefinitionProblem[];
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function add(checker: Checker, pointer: string, message: string): void {
  checker.problems.push({ file: checker.file, pointer, message });
}

function resolveScope(
  checker: Checker,
  scope: unknown,
  place: Place,
  pointer: string,
): SchemaNode | undefined {
  const found =
    typeof scope === 'string' && scope.startsWith('#')
      ? schemaAtScope(place.schema, scope, checker.root)
      : undefined;
  if (!found) {
    add(
      checker,
      pointer,
      `"scope": ${JSON.stringify(scope)} không trỏ tới thuộc tính nào trong schema.json; hãy viết dạng "#/properties/tenThuocTinh" (trong bảng: tính từ một dòng).`,
    );
  }

  return found;
}

function checkCondition(checker: Checker, condition: unknown, place: Place) {
  if (!isNode(condition)) {
    return add(
      checker,
      place.at,
      'Quy tắc thiếu "condition"; hãy thêm điều kiện.',
    );
  }
  if (Array.isArray(condition.conditions)) {
    return condition.conditions.forEach((sub, i) =>
      checkCondition(checker, sub, {
        ...place,
        at: `${place.at}/conditions/${i}`,
      }),
    );
  }
  resolveScope(checker, condition.scope, place, `${place.at}/scope`);
  if ('schema' in condition && condition.failWhenUndefined !== true) {
    add(
      checker,
      place.at,
      'Điều kiện phải có "failWhenUndefined": true. Nếu thiếu, khi người dùng xoá câu trả lời được theo dõi, điều kiện vẫn được coi là đúng và câu hỏi phụ hiện ra hoặc mở khoá sai.',
    );
  }
}

function sameChoices(props: Node[]): boolean {
  const first = JSON.stringify(props[0]?.oneOf);

  return (
    Array.isArray(props[0]?.oneOf) &&
    props.every((p) => JSON.stringify(p.oneOf) === first)
  );
}

function checkGrid(
  checker: Checker,
  control: Node,
  schema: SchemaNode,
  at: string,
) {
  const props = Object.values(
    (schema.properties ?? {}) as Record<string, Node>,
  );
  if (schema.type !== 'object' || props.length === 0 || !sameChoices(props)) {
    add(
      checker,
      `${at}/scope`,
      'Bảng lưới ("format": "grid") phải trỏ tới một đối tượng mà mọi thuộc tính dùng chung một "oneOf"; hãy sửa schema hoặc bỏ "grid".',
    );
  }
  const rows = (control.options as Node).rowNumbers;
  if (
    rows !== undefined &&
    (!Array.isArray(rows) || rows.length !== props.length)
  ) {
    add(
      checker,
      `${at}/options/rowNumbers`,
      `"rowNumbers" phải có đúng ${props.length} phần tử, mỗi dòng của bảng lưới một số thứ tự.`,
    );
  }
}

function checkControl(checker: Checker, control: Node, place: Place) {
  const schema = resolveScope(
    checker,
    control.scope,
    place,
    `${place.at}/scope`,
  );
  const options = isNode(control.options) ? control.options : {};
  if (!schema) return;
  if (options.format === 'grid') checkGrid(checker, control, schema, place.at);
  if (options.format === 'radio' && !schema.enum && !schema.oneOf) {
    add(
      checker,
      `${place.at}/options/format`,
      'Nút chọn ("format": "radio") chỉ dùng cho trường có "enum" hoặc "oneOf"; hãy thêm các lựa chọn vào schema.',
    );
  }
  if (isNode(options.detail)) {
    const items = schema.items as JsonSchema | undefined;
    if (schema.type !== 'array' || !isNode(items)) {
      return add(
        checker,
        `${place.at}/options/detail`,
        '"detail" chỉ dùng cho trường kiểu danh sách (array) có "items"; hãy sửa schema hoặc bỏ "detail".',
      );
    }
    checkElement(checker, options.detail, {
      at: `${place.at}/options/detail`,
      schema: items,
    });
  }
}

function checkElement(checker: Checker, element: unknown, place: Place): void {
  if (!isNode(element) || typeof element.type !== 'string') {
    return add(
      checker,
      place.at,
      'Phần tử giao diện phải là đối tượng có "type" (ví dụ "Control", "VerticalLayout").',
    );
  }
  if (element.rule !== undefined) {
    const rule = isNode(element.rule) ? element.rule : {};
    checkCondition(checker, rule.condition, {
      ...place,
      at: `${place.at}/rule/condition`,
    });
  }
  if (element.type === 'Control') return checkControl(checker, element, place);
  if (!Array.isArray(element.elements)) return;
  element.elements.forEach((child, i) =>
    checkElement(checker, child, { ...place, at: `${place.at}/elements/${i}` }),
  );
}

function checkRoot(checker: Checker, uischema: Node): void {
  if (uischema.type !== 'Categorization' || !Array.isArray(uischema.elements)) {
    return add(
      checker,
      '/type',
      'Gốc của uischema.json phải là "Categorization" với các "Category" là các MỤC của mẫu in.',
    );
  }
  uischema.elements.forEach((category, i) => {
    const ok =
      isNode(category) &&
      category.type === 'Category' &&
      typeof category.label === 'string';
    if (!ok) {
      add(
        checker,
        `/elements/${i}`,
        'Mỗi phần tử gốc phải là "Category" có "label" ghi đúng tên MỤC như trên mẫu in.',
      );
    }
  });
}

/**
 * Check a UI schema against its schema: every scope and rule scope resolves
 * (inside tables, relative to a row), rules fail when their field is empty,
 * grids and radios point at fitting schemas.
 */
export function checkUiSchema(
  file: string,
  uischema: Node,
  schema: JsonSchema,
): DefinitionProblem[] {
  const checker: Checker = { file, root: schema, problems: [] };
  checkRoot(checker, uischema);
  checkElement(checker, uischema, { at: '', schema });

  return checker.problems;
}
