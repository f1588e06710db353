import { toPointer } from './schema-path';

// Engines disagree on whether JSON.parse errors carry a position (V8 in
// Node 20 often gives none) and word them in English, so definition files
// are scanned here to find where and why they break, and repeated keys.

/** Why a text is not JSON, as a person editing it would put it. */
export type JsonErrorKind =
  | 'emptyFile'
  | 'unexpectedEnd'
  | 'missingComma'
  | 'trailingComma'
  | 'unquotedKey'
  | 'singleQuote'
  | 'comment'
  | 'missingColon'
  | 'wrongBracket'
  | 'unclosedString'
  | 'badEscape'
  | 'badNumber'
  | 'badValue'
  | 'extraContent';

/** The first syntax error: its kind and the offset it is reported at. */
export interface JsonSyntaxError {
  kind: JsonErrorKind;
  offset: number;
}

/** A key written twice in one object: where the second one starts. */
export interface RepeatedKey {
  pointer: string;
  offset: number;
}

/** What a scan of a JSON text found. */
export interface JsonScan {
  error?: JsonSyntaxError;
  repeatedKeys: RepeatedKey[];
}

const WHITESPACE = /[ \t\n\r]/;
const LITERALS = ['true', 'false', 'null'];
// Sticky: matched at an offset without copying the rest of the text.
const NUMBER = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
const ESCAPE = /(["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const STARTS_VALUE = /["{[\-0-9tfn]/;

class Failure {
  constructor(readonly error: JsonSyntaxError) {}
}

class Scanner {
  offset = 0;
  path: (string | number)[] = [];
  repeatedKeys: RepeatedKey[] = [];
  constructor(readonly text: string) {}

  fail(kind: JsonErrorKind, offset = this.offset): never {
    throw new Failure({ kind, offset });
  }

  skip(): void {
    while (WHITESPACE.test(this.text[this.offset] ?? '')) this.offset++;
  }

  /** Names what is wrong with the character where `wanted` was expected. */
  misplaced(wanted: 'key' | 'value'): never {
    const char = this.text[this.offset];
    if (char === undefined) this.fail('unexpectedEnd');
    if (char === "'") this.fail('singleQuote');
    if (char === '/') this.fail('comment');
    if (wanted === 'key' && this.afterDecimalComma()) this.fail('badNumber');
    if (wanted === 'key' && /[\p{L}\d_$]/u.test(char)) this.fail('unquotedKey');
    if (/[0-9+.-]/.test(char)) this.fail('badNumber');
    this.fail('badValue');
  }

  sticky(pattern: RegExp, at: number): RegExpExecArray | null {
    pattern.lastIndex = at;

    return pattern.exec(this.text);
  }

  /** `"x": 1,5`: a decimal comma splits a number into a value and a key. */
  afterDecimalComma(): boolean {
    const before = this.text.slice(0, this.offset);

    return /\d,$/.test(before) && /\d/.test(this.text[this.offset]);
  }

  string(): string {
    const start = this.offset++;
    for (;;) {
      const char = this.text[this.offset];
      // A string left open runs to the line's end: point at where it opened.
      if (char === undefined || char < ' ') this.fail('unclosedString', start);
      if (char === '"') break;
      if (char === '\\') {
        const escape = this.sticky(ESCAPE, this.offset + 1);
        if (!escape) this.fail('badEscape');
        this.offset += escape[0].length;
      }
      this.offset++;
    }
    this.offset++;

    return JSON.parse(this.text.slice(start, this.offset)) as string;
  }

  /** After an item: a comma and another item, or the closing bracket. */
  next(close: string, afterItem: number): boolean {
    this.skip();
    const char = this.text[this.offset];
    if (char === close) return false;
    if (char === ',') {
      const comma = this.offset++;
      this.skip();
      const after = this.text[this.offset];
      if (after === '}' || after === ']') this.fail('trailingComma', comma);
      return true;
    }
    if (char === undefined) this.fail('unexpectedEnd');
    if (char === '}' || char === ']') this.fail('wrongBracket');
    if (char === '/') this.fail('comment');
    // "01", "1.", "1e": the number goes on past where JSON's number ends.
    const glued = afterItem === this.offset;
    const numberGoesOn =
      glued && /\d/.test(this.text[afterItem - 1]) && /[0-9.eE+-]/.test(char);
    if (numberGoesOn) this.fail('badNumber');
    if (STARTS_VALUE.test(char) || char === "'") {
      this.fail('missingComma', afterItem);
    }
    this.fail('badValue');
  }

  object(): void {
    const keys = new Set<string>();
    this.offset++;
    this.skip();
    if (this.text[this.offset] === '}') return void this.offset++;
    do {
      this.skip();
      if (this.text[this.offset] !== '"') this.misplaced('key');
      const keyAt = this.offset;
      const key = this.string();
      if (keys.has(key)) {
        const pointer = toPointer([...this.path, key]);
        this.repeatedKeys.push({ pointer, offset: keyAt });
      }
      keys.add(key);
      this.skip();
      if (this.text[this.offset] !== ':') this.fail('missingColon');
      this.offset++;
      this.path.push(key);
      this.value();
      this.path.pop();
    } while (this.next('}', this.offset));
    this.offset++;
  }

  array(): void {
    this.offset++;
    this.skip();
    if (this.text[this.offset] === ']') return void this.offset++;
    let index = 0;
    do {
      this.path.push(index++);
      this.value();
      this.path.pop();
    } while (this.next(']', this.offset));
    this.offset++;
  }

  value(): void {
    this.skip();
    const char = this.text[this.offset];
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return void this.string();
    const word = LITERALS.find((w) => this.text.startsWith(w, this.offset));
    const length =
      word?.length ?? this.sticky(NUMBER, this.offset)?.[0].length ?? 0;
    if (length === 0) this.misplaced('value');
    this.offset += length;
  }
}

/**
 * Scan a JSON text for its first syntax error and for keys repeated in one
 * object (which JSON.parse silently resolves to the last). Call it on a
 * definition file's text, with any byte-order mark already removed.
 */
export function scanJson(text: string): JsonScan {
  const scanner = new Scanner(text);
  try {
    scanner.skip();
    if (scanner.offset === text.length) scanner.fail('emptyFile');
    scanner.value();
    scanner.skip();
    if (scanner.offset < text.length) scanner.fail('extraContent');
    return { repeatedKeys: scanner.repeatedKeys };
  } catch (thrown) {
    if (!(thrown instanceof Failure)) throw thrown;
    return { error: thrown.error, repeatedKeys: scanner.repeatedKeys };
  }
}
