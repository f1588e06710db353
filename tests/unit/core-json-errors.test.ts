import { describe, expect, it } from 'vitest';
import { checkDefinition } from '../../src/core/definition';
import { parseJsonFile } from '../../src/core/definition/parse-json';
import { readForm2015Definition } from './form-2015';

function messageFor(text: string): string {
  const parsed = parseJsonFile('schema.json', text);
  if (parsed.ok) throw new Error(`parsed: ${text}`);

  return parsed.problem.message;
}

// Each broken text, what the message must say, and where.
const cases: [name: string, text: string, says: RegExp, at: string][] = [
  ['missing comma', '{\n  "a": 1\n  "b": 2\n}', /^Thiếu dấu phẩy/, '2, cột 9'],
  ['trailing comma', '{\n  "a": 1,\n}', /^Thừa dấu phẩy/, '2, cột 9'],
  [
    'unquoted key',
    '{\n  title: "x"\n}',
    /chưa đặt trong dấu nháy kép/,
    '2, cột 3',
  ],
  ['single quotes', "{ 'a': 1 }", /^Dấu nháy đơn/, '1, cột 3'],
  ['comment', '{\n  // ghi chú\n  "a": 1\n}', /^Chú thích/, '2, cột 3'],
  ['unexpected end', '{\n  "a": {\n', /^Tệp kết thúc đột ngột/, '3, cột 1'],
  ['empty file', '  \n', /^Tệp rỗng/, ''],
  ['missing colon', '{ "a" 1 }', /^Thiếu dấu hai chấm/, '1, cột 7'],
  ['wrong bracket', '{ "a": [1, 2} }', /^Dấu đóng .* không khớp/, '1, cột 13'],
  ['unclosed string', '{\n  "a": "chữ\n}', /^Chuỗi chữ mở/, '2, cột 8'],
  [
    'bad escape',
    '{ "a": "C:\\tệp\\x" }',
    /^Dấu \\ .* không hợp lệ/,
    '1, cột 15',
  ],
  ['leading zero', '{ "a": 01 }', /^Số .* viết sai/, '1, cột 9'],
  ['decimal comma', '{ "a": 1,5 }', /^Số .* viết sai/, '1, cột 10'],
  ['bare word', '{ "a": undefined }', /^Giá trị .* không hợp lệ/, '1, cột 8'],
  ['extra content', '{ "a": 1 } }', /^Thừa nội dung/, '1, cột 12'],
];

describe('a JSON syntax error in a definition file', () => {
  it.each(cases)('is explained in Vietnamese: %s', (_name, text, says, at) => {
    const message = messageFor(text);

    expect(message).toMatch(says);
    if (at) expect(message).toContain(`dòng ${at}`);
    // No English parser text ("Unexpected token", "Expected ',' or '}'").
    expect(message).not.toMatch(/Unexpected|Expected|JSON at position/);
  });
});

describe('a key written twice in a definition file', () => {
  it('is reported with its pointer, line and column', async () => {
    const files = await readForm2015Definition();
    files.schema = files.schema!.replace(
      '"title": "Năm báo cáo",',
      '"title": "Năm báo cáo",\n        "title": "Năm",',
    );
    const problems = checkDefinition(files);

    expect(problems).toEqual([
      expect.objectContaining({
        file: 'bao-cao-ung-dung-cntt/2015/schema.json',
        pointer: '/properties/generalInfo/properties/reportYear/title',
        message: expect.stringMatching(
          /^Khoá "title" được viết hai lần .*dòng \d+, cột 9/,
        ),
      }),
    ]);
  });

  it('is found in translations and inside arrays too', async () => {
    const files = await readForm2015Definition();
    files.i18n.en = '{ "a.label": "A", "a.label": "B" }';
    files.versionJson = '{ "perYear": [{ "x": 1, "x": 2 }] }';
    const pointers = checkDefinition(files).map(
      (p) => `${p.file}#${p.pointer}`,
    );

    expect(pointers).toContain(
      'bao-cao-ung-dung-cntt/2015/i18n/en.json#/a.label',
    );
    expect(pointers).toContain(
      'bao-cao-ung-dung-cntt/2015/version.json#/perYear/0/x',
    );
  });
});
