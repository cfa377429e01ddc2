/**
 * The line table of the block scanner (see block.ts): where each line starts and ends, how
 * far it is indented with spaces, and whether it is blank, a comment or content. Text the
 * scanner must never see (tabs, control characters, lone carriage returns, line or
 * paragraph separators, a byte-order mark inside the text) is refused here, once, up front.
 */
import type { LineCounter } from 'yaml';

export const BLANK = 0;
export const COMMENT = 1;
export const CONTENT = 2;

export interface Lines {
  count: number;
  /** Offset of the line's first character. */
  start: number[];
  /** Offset of its line break (`\r` of `\r\n`, or `\n`), or the text's length. */
  end: number[];
  /** Offset of the next line (after the line break), or the text's length. */
  next: number[];
  /** Leading spaces. */
  indent: number[];
  kind: number[];
}

/**
 * Characters yaml treats specially or rejects and that the scanner leaves to it: tabs
 * (indentation and separation rules), C0 and C1 controls, DEL, a carriage return not
 * followed by a line feed, a BOM, U+2028/2029 and the non-characters U+FFFE/FFFF.
 */
const REFUSED = /[\x00-\x09\x0B\x0C\x0E-\x1F\x7F-\x9F\uFEFF\u2028\u2029\uFFFE\uFFFF]|\r(?!\n)/;

const SPACE = 0x20;
const HASH = 0x23;
const CR = 0x0d;

/**
 * Splits `text` into lines and records each line start in `lineCounter`, as yaml's parser
 * does (offset 0, then after every line break). Undefined for text the scanner refuses.
 */
export function splitLines(text: string, lineCounter: LineCounter): Lines | undefined {
  if (REFUSED.test(text)) return undefined;
  const lines: Lines = { count: 0, start: [], end: [], next: [], indent: [], kind: [] };
  lineCounter.addNewLine(0);
  let start = 0;
  while (start < text.length) {
    const feed = text.indexOf('\n', start);
    const next = feed < 0 ? text.length : feed + 1;
    const end = feed < 0 ? text.length : feed > start && text.charCodeAt(feed - 1) === CR ? feed - 1 : feed;
    let first = start;
    while (first < end && text.charCodeAt(first) === SPACE) first++;
    lines.start.push(start);
    lines.end.push(end);
    lines.next.push(next);
    lines.indent.push(first - start);
    lines.kind.push(first === end ? BLANK : text.charCodeAt(first) === HASH ? COMMENT : CONTENT);
    lines.count++;
    if (feed >= 0) lineCounter.addNewLine(next);
    start = next;
  }
  return lines;
}
