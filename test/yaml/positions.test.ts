/**
 * toPosition reads line starts itself instead of calling yaml's LineCounter.linePos; it
 * must give linePos's line and column for every offset, including line starts, blank and
 * CRLF lines, the end of the text and past it.
 */
import { describe, expect, it } from 'vitest';
import { LineCounter, Parser } from 'yaml';
import { toPosition } from '../../src/yaml/parse.js';

const TEXTS = ['', 'a: 1', 'a: 1\n', 'a: 1\n\n\nb:\n  - x\n', 'a: 1\r\nb: 2\r\n\r\n', '\n\n', '# c\nk: "v"\n  # d\n'];

describe('toPosition', () => {
  it("gives yaml's linePos for every offset and range end", () => {
    for (const text of TEXTS) {
      const lineCounter = new LineCounter();
      for (const _ of new Parser(lineCounter.addNewLine).parse(text)) void _;
      for (let start = 0; start <= text.length + 2; start++) {
        for (const end of [start - 1, start, start + 1, text.length + 3]) {
          const a = lineCounter.linePos(start);
          const b = lineCounter.linePos(Math.max(end, start));
          expect(toPosition(lineCounter, { start, end }), `${JSON.stringify(text)} ${start}-${end}`).toEqual({ line: a.line, column: a.col, endLine: b.line, endColumn: b.col });
        }
      }
    }
  });

  it('gives line 0 as linePos does when no line start is known', () => {
    const empty = new LineCounter();
    expect(toPosition(empty, { start: 3, end: 5 })).toEqual({ line: 0, column: 3, endLine: 0, endColumn: 5 });
  });
});
