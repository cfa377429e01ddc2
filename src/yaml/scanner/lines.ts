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

/**
 * One table, reused by every scan (scanning is synchronous and never nested), so reading a
 * file allocates nothing per line; it grows with the longest file seen (up to MAX_KEPT lines).
 */
export interface Lines {
  count: number;
  /** Offset of the line's first character. */
  start: Int32Array;
  /** Offset of its line break (`\r` of `\r\n`, or `\n`), or the text's length. */
  end: Int32Array;
  /** Offset of the next line (after the line break), or the text's length. */
  next: Int32Array;
  /** Leading spaces. */
  indent: Int32Array;
  kind: Uint8Array;
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

const ROOM = 256;
/** A table grown past this many lines (a huge file) is dropped at the next scan rather than kept. */
const MAX_KEPT = 16_384;

const table: Lines = withRoom(ROOM);

function withRoom(size: number): Lines {
  return { count: 0, start: new Int32Array(size), end: new Int32Array(size), next: new Int32Array(size), indent: new Int32Array(size), kind: new Uint8Array(size) };
}

function grow(): void {
  const bigger = withRoom(table.start.length * 2);
  bigger.start.set(table.start);
  bigger.end.set(table.end);
  bigger.next.set(table.next);
  bigger.indent.set(table.indent);
  bigger.kind.set(table.kind);
  Object.assign(table, bigger);
}

/**
 * Splits `text` into lines and records each line start in `lineCounter`, as yaml's parser
 * does (offset 0, then after every line break). Undefined for text the scanner refuses.
 * The table returned is valid until the next call.
 */
export function splitLines(text: string, lineCounter: LineCounter): Lines | undefined {
  if (REFUSED.test(text)) return undefined;
  if (table.start.length > MAX_KEPT) Object.assign(table, withRoom(ROOM));
  lineCounter.addNewLine(0);
  let count = 0;
  for (let start = 0; start < text.length; count++) {
    if (count === table.start.length) grow();
    const feed = text.indexOf('\n', start);
    const next = feed < 0 ? text.length : feed + 1;
    const end = feed < 0 ? text.length : feed > start && text.charCodeAt(feed - 1) === CR ? feed - 1 : feed;
    let first = start;
    while (first < end && text.charCodeAt(first) === SPACE) first++;
    table.start[count] = start;
    table.end[count] = end;
    table.next[count] = next;
    table.indent[count] = first - start;
    table.kind[count] = first === end ? BLANK : text.charCodeAt(first) === HASH ? COMMENT : CONTENT;
    if (feed >= 0) lineCounter.addNewLine(next);
    start = next;
  }
  table.count = count;
  return table;
}
