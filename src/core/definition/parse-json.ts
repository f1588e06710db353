import { jsonErrorOffset } from './json-error-offset';
import type { DefinitionProblem } from './types';

const stripBom = (text: string) => text.replace(/^\uFEFF/, '');

/** Either the parsed value or the problem that stopped parsing. */
export type ParsedJson =
  { ok: true; value: unknown } | { ok: false; problem: DefinitionProblem };

function lineAndColumn(text: string): [number, number] {
  const before = text.slice(0, jsonErrorOffset(text)).split('\n');

  return [before.length, before[before.length - 1].length + 1];
}

/** Parse a definition file, turning a syntax error into a located problem. */
export function parseJsonFile(file: string, text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(stripBom(text)) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const [line, column] = lineAndColumn(stripBom(text));
    return {
      ok: false,
      problem: {
        file,
        pointer: '',
        message:
          `Tệp không phải JSON hợp lệ ở dòng ${line}, cột ${column} ` +
          `(${message}). Hãy kiểm tra dấu phẩy, ngoặc và dấu nháy kép quanh đó.`,
      },
    };
  }
}
