import { explainJsonError, lineAndColumn } from './json-error-message';
import { scanJson } from './json-scan';
import { pointerSegments } from './schema-path';
import type { DefinitionProblem } from './types';

const stripBom = (text: string) => text.replace(/^\uFEFF/, '');

/** Either the parsed value or the problem that stopped parsing. */
export type ParsedJson =
  { ok: true; value: unknown } | { ok: false; problem: DefinitionProblem };

/** Parse a definition file, turning a syntax error into a located problem. */
export function parseJsonFile(file: string, text: string): ParsedJson {
  const json = stripBom(text);
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (error) {
    // Scanned only on failure: loading a sound file stays one JSON.parse.
    const found = scanJson(json).error;
    const message = found
      ? explainJsonError(found.kind, json, found.offset)
      : `Tệp không phải JSON hợp lệ (${error instanceof Error ? error.message : String(error)}); hãy kiểm tra dấu phẩy, ngoặc và dấu nháy kép.`;

    return { ok: false, problem: { file, pointer: '', message } };
  }
}

/**
 * Keys written twice in one object of a file that parses: JSON.parse keeps
 * the last and drops the first without a word, so call this in full checks.
 */
export function repeatedKeyProblems(
  file: string,
  text: string,
): DefinitionProblem[] {
  const json = stripBom(text);

  return scanJson(json).repeatedKeys.map(({ pointer, offset }) => {
    const [line, column] = lineAndColumn(json, offset);
    const key = pointerSegments(pointer).pop();
    return {
      file,
      pointer,
      message: `Khoá "${key}" được viết hai lần trong cùng một đối tượng (lần sau ở dòng ${line}, cột ${column}); chỉ lần cuối có hiệu lực, lần trước bị bỏ qua. Hãy xoá hoặc gộp lại thành một.`,
    };
  });
}
