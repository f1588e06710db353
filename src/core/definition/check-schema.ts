import type Ajv from 'ajv';
import { createAjv } from '../validation/create-ajv';
import { SUM_KEYWORDS } from '../validation/sum-keywords';
import { DRAFT_07, PROPERTY_KEY, schemaIdFor } from './names';
import {
  pointerSegments,
  schemaAtDataPointer,
  toPointer,
  type SchemaNode,
} from './schema-path';
import { isMainStructure, walkSchema } from './schema-walk';
import type { DefinitionProblem } from './types';

type Node = Record<string, unknown>;

function checkIdentity(
  file: string,
  schema: Node,
  formId: string,
  version: string,
): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  if (schema.$schema !== DRAFT_07) {
    problems.push({
      file,
      pointer: '/$schema',
      message: `"$schema" phải là "${DRAFT_07}" (JSON Schema draft-07); hãy sửa lại.`,
    });
  }
  const id = schemaIdFor(formId, version);
  if (schema.$id !== id) {
    problems.push({
      file,
      pointer: '/$id',
      message: `"$id" phải là "${id}" để bản báo cáo luôn chỉ đúng phiên bản này; hãy sửa lại.`,
    });
  }

  return problems;
}

function checkMetaSchema(file: string, schema: Node, ajv: Ajv) {
  if (ajv.validateSchema(schema)) return [];

  return (ajv.errors ?? []).map((error) => ({
    file,
    pointer: error.instancePath,
    message: `Chỗ này không đúng chuẩn JSON Schema draft-07 (${error.message}); hãy sửa theo chuẩn.`,
  }));
}

function firstPointerOfKey(schema: Node, key: string): string {
  let found = '';
  walkSchema(schema, (node, at) => {
    if (found === '' && key in node) found = at + toPointer([key]);
  });

  return found;
}

function checkCompiles(file: string, schema: Node, ajv: Ajv) {
  try {
    ajv.compile(schema);
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /unknown keyword: "([^"]+)"/.exec(message);
    const stated = /at (?:path )?"#([^"]*)"/.exec(message);
    const pointer = unknown
      ? firstPointerOfKey(schema, unknown[1])
      : (stated?.[1] ?? '');
    return [
      {
        file,
        pointer,
        message: unknown
          ? `Từ khoá "${unknown[1]}" không được hỗ trợ; hãy kiểm tra chính tả hoặc xoá nó (${message}).`
          : `Lược đồ không biên dịch được (${message}); hãy sửa chỗ này.`,
      },
    ];
  }
}

function resolveRelative(dataPointer: string, relative: string): string {
  const match = /^(\d+)(\/.*)?$/.exec(relative);
  if (!match) return '';
  const base = pointerSegments(dataPointer);
  const up = Number(match[1]);
  if (up > base.length) return '';

  return toPointer(base.slice(0, base.length - up)) + (match[2] ?? '');
}

function checkNodes(file: string, schema: Node): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const add = (pointer: string, message: string) =>
    problems.push({ file, pointer, message });
  walkSchema(schema, (node, at, data) => {
    for (const [key, sub] of Object.entries(node.properties ?? {})) {
      const where = at + toPointer(['properties', key]);
      if (!PROPERTY_KEY.test(key)) {
        add(
          where,
          `Tên thuộc tính "${key}" phải viết camelCase bằng chữ ASCII (ví dụ "tongSoMayTinh"); hệ thống khác dựa vào tên này.`,
        );
      }
      if (isMainStructure(at) && typeof (sub as Node)?.title !== 'string') {
        add(
          where,
          `Thuộc tính "${key}" thiếu "title"; hãy ghi tên câu hỏi đúng như trên mẫu in, vì thông báo lỗi gọi trường bằng tên này.`,
        );
      }
    }
    const props = (node.properties ?? {}) as Record<string, unknown>;
    for (const keyword of SUM_KEYWORDS) {
      const sum = node[keyword] as { total?: string; parts?: string[] };
      for (const key of sum ? [sum.total, ...(sum.parts ?? [])] : []) {
        if (typeof key === 'string' && !(key in props)) {
          add(
            at + toPointer([keyword]),
            `"${keyword}" nhắc tới "${key}" nhưng đối tượng này không có thuộc tính đó; hãy sửa tên.`,
          );
        }
      }
    }
    for (const [keyword, value] of Object.entries(node)) {
      const ref = (value as { $data?: unknown })?.$data;
      if (typeof ref !== 'string' || data === undefined) continue;
      const target = resolveRelative(data.replace(/\*/g, '0'), ref);
      if (!target || !schemaAtDataPointer(schema as SchemaNode, target)) {
        add(
          at + toPointer([keyword, '$data']),
          `"$data": "${ref}" không trỏ tới trường nào; con trỏ tương đối tính từ trường này, ví dụ "1/tongSo" là trường anh em "tongSo".`,
        );
      }
    }
  });

  return problems;
}

/**
 * Check one version's schema: identity, meta-schema, strict compilation under
 * the app's own Ajv, property naming and titles, and internal references.
 */
export function checkSchema(
  file: string,
  schema: Node,
  formId: string,
  version: string,
): DefinitionProblem[] {
  const ajv = createAjv();
  const meta = checkMetaSchema(file, schema, ajv);

  return [
    ...checkIdentity(file, schema, formId, version),
    ...meta,
    ...(meta.length === 0 ? checkCompiles(file, schema, ajv) : []),
    ...checkNodes(file, schema),
  ];
}
