// Engines disagree on whether JSON.parse errors carry a position (V8 in
// Node 20 often gives none), so the offending offset is found by a scan.

const WHITESPACE = /[ \t\n\r]/;
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/;

class Scanner {
  offset = 0;
  constructor(readonly text: string) {}

  skip(): void {
    while (WHITESPACE.test(this.text[this.offset] ?? '')) this.offset++;
  }

  expect(char: string): void {
    this.skip();
    if (this.text[this.offset] !== char) throw this.offset;
    this.offset++;
  }

  string(): void {
    this.expect('"');
    while (this.text[this.offset] !== '"') {
      const char = this.text[this.offset];
      if (char === undefined || char < ' ') throw this.offset;
      this.offset += char === '\\' ? 2 : 1;
    }
    this.offset++;
  }

  list(close: string, item: () => void): void {
    this.offset++;
    this.skip();
    if (this.text[this.offset] === close) return void this.offset++;
    for (;;) {
      item();
      this.skip();
      if (this.text[this.offset] === close) return void this.offset++;
      this.expect(',');
    }
  }

  value(): void {
    this.skip();
    const char = this.text[this.offset];
    if (char === '{') {
      return this.list('}', () => {
        this.string();
        this.expect(':');
        this.value();
      });
    }
    if (char === '[') return this.list(']', () => this.value());
    if (char === '"') return this.string();
    const rest = this.text.slice(this.offset);
    const word = LITERALS.find((w) => rest.startsWith(w));
    const length = word?.length ?? NUMBER.exec(rest)?.[0].length ?? 0;
    if (length === 0) throw this.offset;
    this.offset += length;
  }
}

/** Offset of the first character that makes `text` invalid JSON. */
export function jsonErrorOffset(text: string): number {
  const scanner = new Scanner(text);
  try {
    scanner.value();
    scanner.skip();
    return scanner.offset < text.length ? scanner.offset : text.length;
  } catch (offset) {
    return typeof offset === 'number' ? offset : text.length;
  }
}
