/**
 * Strict JSON for `.json` config files. JSON.parse decides validity; when it fails, a small
 * scanner finds where and why (comment, trailing comma, ...), because Node's own messages
 * do not always carry a position and never a line and column.
 */

export interface JsonSyntaxError {
  offset: number;
  reason: string;
}

export type JsonOutcome = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

export function parseStrictJson(text: string): JsonOutcome {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    const shift = body === text ? 0 : 1;
    const error = locateJsonError(body);
    return { ok: false, error: { offset: error.offset + shift, reason: error.reason } };
  }
}

/** 1-based line and column of an offset; CRLF counts as one line break. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class Scanner {
  pos = 0;
  constructor(private readonly text: string) {}

  fail(reason: string, at = this.pos): never {
    throw { offset: at, reason } satisfies JsonSyntaxError;
  }

  skipSpace(): void {
    while (/[ \t\r\n]/.test(this.text[this.pos] ?? '')) this.pos++;
    const next = this.text.slice(this.pos, this.pos + 2);
    if (next === '//' || next === '/*') this.fail('comments are not allowed in a .json file (use .okrlintrc.yaml for comments)');
    if (this.text[this.pos] === '#') this.fail('comments are not allowed in a .json file (use .okrlintrc.yaml for comments)');
  }

  value(): void {
    this.skipSpace();
    const c = this.text[this.pos];
    if (c === undefined) this.fail('unexpected end of file; a value was expected');
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === "'") this.fail('strings need double quotes in JSON');
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(this.text.slice(this.pos));
    if (!literal) this.fail(`unexpected character "${c}"; a value was expected`);
    this.pos += literal[0].length;
  }

  object(): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') return void this.pos++;
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === '}') this.fail('trailing comma before "}"', this.lastComma);
      if (this.text[this.pos] !== '"') this.fail('a property name in double quotes was expected');
      this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.fail('":" was expected after the property name');
      this.pos++;
      this.value();
      if (this.separator('}')) return;
    }
  }

  array(): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') return void this.pos++;
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === ']') this.fail('trailing comma before "]"', this.lastComma);
      this.value();
      if (this.separator(']')) return;
    }
  }

  private lastComma = 0;

  /** After a member: a comma (continue) or the closing bracket (done). */
  private separator(close: string): boolean {
    this.skipSpace();
    const c = this.text[this.pos];
    if (c === ',') {
      this.lastComma = this.pos++;
      return false;
    }
    if (c === close) {
      this.pos++;
      return true;
    }
    if (c === undefined) this.fail(`unexpected end of file; "${close}" was expected`);
    return this.fail(`"," or "${close}" was expected`);
  }

  string(): void {
    const start = this.pos++;
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined || c === '\n') this.fail('unterminated string', start);
      if (c === '\\') this.pos += 2;
      else if (c === '"') return void this.pos++;
      else if (c < ' ') this.fail('control character in a string');
      else this.pos++;
    }
  }

  end(): void {
    this.skipSpace();
    if (this.pos < this.text.length) this.fail('unexpected content after the end of the JSON value');
  }
}

function locateJsonError(text: string): JsonSyntaxError {
  const scanner = new Scanner(text);
  try {
    scanner.value();
    scanner.end();
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'reason' in error) return error as JsonSyntaxError;
    throw error;
  }
  // The scanner is laxer than JSON.parse somewhere (e.g. a bad escape); point at the start.
  return { offset: 0, reason: 'invalid JSON' };
}
