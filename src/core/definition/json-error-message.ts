import type { JsonErrorKind } from './json-scan';

type Explain = (where: string) => string;

// Each says what is wrong in words a form editor knows, where, and what to
// do; the parser's own English wording is left out.
const explanations: Record<JsonErrorKind, Explain> = {
  emptyFile: () =>
    'Tệp rỗng: chưa có nội dung JSON nào; hãy viết nội dung, bắt đầu bằng dấu {.',
  unexpectedEnd: (at) =>
    `Tệp kết thúc đột ngột ở ${at}: còn thiếu dấu đóng } hoặc ]; có thể tệp chưa được lưu hết.`,
  missingComma: (at) =>
    `Thiếu dấu phẩy (,) ở ${at}: giữa hai mục liền nhau phải có dấu phẩy.`,
  trailingComma: (at) =>
    `Thừa dấu phẩy (,) ở ${at}: sau mục cuối cùng, ngay trước } hoặc ], không được có dấu phẩy; hãy xoá nó.`,
  unquotedKey: (at) =>
    `Tên khoá ở ${at} chưa đặt trong dấu nháy kép; hãy viết dạng "tenKhoa": giá trị.`,
  singleQuote: (at) =>
    `Dấu nháy đơn (') ở ${at}: JSON chỉ dùng dấu nháy kép (") quanh tên khoá và chữ; hãy đổi sang dấu nháy kép.`,
  comment: (at) =>
    `Chú thích (// hoặc /* */) ở ${at}: JSON không cho phép chú thích; hãy xoá, hoặc ghi ý đó vào "description".`,
  missingColon: (at) =>
    `Thiếu dấu hai chấm (:) ở ${at}: sau tên khoá phải có dấu hai chấm rồi mới đến giá trị.`,
  wrongBracket: (at) =>
    `Dấu đóng ở ${at} không khớp với dấu mở: { phải đóng bằng }, [ phải đóng bằng ]; hãy kiểm tra các ngoặc quanh đó.`,
  unclosedString: (at) =>
    `Chuỗi chữ mở ở ${at} chưa được đóng bằng dấu nháy kép trên cùng dòng; hãy thêm dấu " (muốn xuống dòng trong chữ thì viết \\n).`,
  badEscape: (at) =>
    `Dấu \\ ở ${at} không hợp lệ: sau \\ chỉ được là ", \\, /, b, f, n, r, t hoặc uXXXX; muốn viết dấu \\ thì gõ \\\\.`,
  badNumber: (at) =>
    `Số ở ${at} viết sai: không có số 0 ở đầu, không có dấu + hay dấu phẩy thập phân; hãy viết kiểu 1234.5.`,
  badValue: (at) =>
    `Giá trị ở ${at} không hợp lệ: chữ phải đặt trong dấu nháy kép, số viết kiểu 1234.5, hoặc true, false, null.`,
  extraContent: (at) =>
    `Thừa nội dung từ ${at}, sau khi JSON đã kết thúc: có thể thừa một dấu } hoặc ], hoặc hai đối tượng bị viết nối nhau.`,
};

/** Line and column (from 1) of an offset, as editors count them. */
export function lineAndColumn(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset).split('\n');

  return [before.length, before[before.length - 1].length + 1];
}

/**
 * The Vietnamese explanation of a JSON syntax error in a file: call it with
 * the kind and offset `scanJson` found and the text it scanned.
 */
export function explainJsonError(
  kind: JsonErrorKind,
  text: string,
  offset: number,
): string {
  const [line, column] = lineAndColumn(text, offset);

  return explanations[kind](`dòng ${line}, cột ${column}`);
}
