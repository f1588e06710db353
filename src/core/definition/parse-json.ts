import type { DefinitionProblem } from './types';

/** Either the parsed value or the problem that stopped parsing. */
export type ParsedJson =
  { ok: true; value: unknown } | { ok: false; problem: DefinitionProblem };

function lineAndColumn(text: string, message: string): [number, number] {
  const stated = /line (\d+) column (\d+)/.exec(message);
  if (stated) return [Number(stated[1]), Number(stated[2])];
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : text.length;
  const before = text.slice(0, offset).split('\n');

  return [before.length, before[before.length - 1].length + 1];
}

/** Parse a definition file, turning a syntax error into a located problem. */
export function parseJsonFile(file: string, text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const [line, column] = lineAndColumn(text, message);
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
