/**
 * A line scanner for the common shape of an OKR file, several times cheaper than yaml's
 * lexer and parser: a root block mapping of block mappings and block sequences whose
 * scalars are one-line (plain, single- or double-quoted without escapes), with comments
 * and blank lines anywhere. It gives the same data, places and warnings as yaml's Documents
 * (tested differentially in test/yaml), and refuses everything else: flow collections,
 * anchors, aliases, tags, block or multi-line scalars, tabs, directives, `---` anywhere but
 * on the first line of content, `...`, escapes, duplicate or unusual keys, empty sequence
 * items, odd indentation. parse.ts then reads the text with yaml. A sequence may be indented
 * under its key or flush with it.
 *
 * Positions follow yaml's CST, whose parser hands the comments and blank lines that follow
 * a value to one node or another; only three of its rules show in the places kept:
 * - a scalar's range[2] (its end with trailing comments) takes in the comment lines after it
 *   indented deeper than its collection, with the blank lines before them (atIndentedComment);
 * - a missing value (`key:`) takes every comment and blank line up to the next content as
 *   its own when its mapping ends there: range[2] is their end when one of them is a comment;
 * - the lines left after a collection's last value (Trailing) stay with it when one of their
 *   comments is indented as deep as the collection or deeper: they end its range[2]; if not,
 *   they move up to the parent collection, which applies the same rule when it ends in turn.
 * A collection's range[1] is its last value's range[2].
 */
import type { LineCounter } from 'yaml';
import { ambiguousBoolean, MAX_NESTING_DEPTH, type CheckProblem } from '../checks.js';
import type { CommonShape } from '../common-shape.js';
import type { Place } from '../places.js';
import { COMMENT, CONTENT, splitLines, type Lines } from './lines.js';
import { isSeqIndicator, onlyCommentAfter, readInlineScalar, readKey } from './scalar.js';

/** Thrown to give up; caught in scanCommonShape. */
const REFUSED = Symbol('not the common shape');

/** A mapping with more keys than this is not an OKR file's; yaml reads it. */
const MAX_KEYS = 64;

const SPACE = 0x20;
const HASH = 0x23;

/** Blank and comment lines (one comment at least) after a collection's last value, up to the next content. */
interface Trailing {
  /** Where the next content starts, after its indentation (or the end of the text). */
  end: number;
  /** The deepest indentation of its comment lines. */
  commentIndent: number;
}

interface Read {
  data: unknown;
  place: Place;
  /** yaml's range[2]: the end with the comments that belong to the node. */
  tail: number;
  trailing?: Trailing;
  /** The next content line after the node, or the line count. */
  next: number;
  /** A plain scalar's source (for the YAML 1.1 boolean check). */
  plain?: string;
}

/**
 * The data, places and warnings of `text`, or undefined when it is not of the common
 * shape. `lineCounter` must be fresh: on undefined it may hold a partial count.
 */
export function scanCommonShape(text: string, lineCounter: LineCounter): CommonShape | undefined {
  const lines = splitLines(text, lineCounter);
  if (!lines) return undefined;
  try {
    return new BlockScanner(text, lines).document();
  } catch (error) {
    if (error === REFUSED) return undefined;
    throw error;
  }
}

function refuse(): never {
  throw REFUSED;
}

class BlockScanner {
  private readonly problems: CheckProblem[] = [];

  constructor(
    private readonly text: string,
    private readonly lines: Lines,
  ) {}

  document(): CommonShape {
    let first = this.nextContent(0);
    // A `---` line may open the document; the mapping starts on a later line.
    if (first < this.lines.count && this.isDocumentStart(first)) first = this.nextContent(first + 1);
    if (first === this.lines.count || this.lines.indent[first] !== 0) refuse();
    const root = this.map(first, 0, 1);
    // The root's trailing lines go to the document's end: they place nothing.
    return { data: root.data as Record<string, unknown>, root: root.place, problems: this.problems };
  }

  /** A block mapping whose first key is on line `line` at `column` (after `- ` for an item). */
  private map(line: number, column: number, depth: number): Read {
    if (depth > MAX_NESTING_DEPTH) refuse();
    const { text, lines } = this;
    const data: Record<string, unknown> = {};
    const keys: string[] = [];
    const keyPlaces: Place[] = [];
    const children: Place[] = [];
    const start = lines.start[line]! + column;
    for (let keyAt = start; ; ) {
      const lineEnd = lines.end[line]!;
      const name = readKey(text, keyAt, lineEnd) ?? refuse();
      if (keys.length >= MAX_KEYS || keys.includes(name)) refuse();
      const colon = keyAt + name.length;
      const valueAt = skipSpaces(text, colon + 1, lineEnd);
      const value =
        valueAt < lineEnd && text.charCodeAt(valueAt) !== HASH
          ? this.scalar(line, valueAt, column)
          : this.valueBelow(line, valueAt, column, depth);
      keys.push(name);
      keyPlaces.push({ start: keyAt, end: colon });
      children.push(value.place);
      data[name] = value.data;
      if (value.plain !== undefined) {
        const warning = ambiguousBoolean(value.plain, value.place);
        if (warning) this.problems.push(warning);
      }
      const next = value.next;
      if (next === lines.count || lines.indent[next]! < column) return this.close(data, { start, end: value.tail, keys, keyPlaces, children }, column, value);
      keyAt = this.contentStart(next);
      if (lines.indent[next]! > column || isSeqIndicator(text, keyAt, lines.end[next]!)) refuse();
      line = next;
    }
  }

  /**
   * A block sequence whose first `-` starts line `line`. A line at its indentation without a
   * `-` ends it: the next key of its mapping when it sits at its key's own indentation
   * (`key:` then `- item`); the mapping refuses any other.
   */
  private seq(line: number, depth: number): Read {
    if (depth > MAX_NESTING_DEPTH) refuse();
    const { text, lines } = this;
    const column = lines.indent[line]!;
    const data: unknown[] = [];
    const children: Place[] = [];
    const start = this.contentStart(line);
    for (;;) {
      const lineEnd = lines.end[line]!;
      const itemAt = skipSpaces(text, this.contentStart(line) + 1, lineEnd);
      // An empty item (`-` alone, or with a comment) is left to yaml.
      if (itemAt === lineEnd || text.charCodeAt(itemAt) === HASH) refuse();
      const item = readKey(text, itemAt, lineEnd) !== undefined ? this.map(line, itemAt - lines.start[line]!, depth + 1) : this.scalar(line, itemAt, column);
      data.push(item.data);
      children.push(item.place);
      const next = item.next;
      const dash = next < lines.count && isSeqIndicator(text, this.contentStart(next), lines.end[next]!);
      if (next === lines.count || lines.indent[next]! < column || (lines.indent[next] === column && !dash)) {
        return this.close(data, { start, end: item.tail, children }, column, item);
      }
      if (lines.indent[next]! > column) refuse();
      line = next;
    }
  }

  /**
   * A scalar at `at` on `line`, the value of a collection indented by `column`. A next
   * content line indented deeper would continue it (or be an error): refused.
   */
  private scalar(line: number, at: number, column: number): Read {
    const { lines } = this;
    const scalar = readInlineScalar(this.text, at, lines.end[line]!) ?? refuse();
    const next = this.nextContent(line + 1);
    if (next < lines.count && lines.indent[next]! > column) refuse();
    let tail = lines.next[line]!;
    let absorbed = line;
    for (let i = line + 1; i < next; i++) {
      if (lines.kind[i] !== COMMENT) continue;
      if (lines.indent[i]! <= column) break;
      tail = lines.next[i]!;
      absorbed = i;
    }
    return { data: scalar.data, place: { start: scalar.start, end: scalar.end }, tail, trailing: this.trailing(absorbed + 1, next), next, plain: scalar.plain };
  }

  /**
   * The value of `key:` with nothing but a comment after it: a mapping or sequence on the
   * lines below when they are indented deeper than the key, or a sequence at the key's own
   * indentation; else null (placed after the colon and its spaces, at `at`).
   */
  private valueBelow(line: number, at: number, column: number, depth: number): Read {
    const { lines } = this;
    const next = this.nextContent(line + 1);
    if (next < lines.count) {
      const dash = isSeqIndicator(this.text, this.contentStart(next), lines.end[next]!);
      if (lines.indent[next]! > column) return dash ? this.seq(next, depth + 1) : this.map(next, lines.indent[next]!, depth + 1);
      if (lines.indent[next] === column && dash) return this.seq(next, depth + 1);
    }
    let commented = at < lines.end[line]!;
    for (let i = line + 1; i < next && !commented; i++) commented = lines.kind[i] === COMMENT;
    return { data: null, place: { start: at, end: at }, tail: commented ? this.endBefore(next) : at, next };
  }

  /**
   * The lines from `from` up to content line `next`, with that line's indentation, when one
   * of them is a comment: lines without one always move up and never place anything.
   */
  private trailing(from: number, next: number): Trailing | undefined {
    const { lines } = this;
    let commentIndent = -1;
    for (let i = from; i < next; i++) if (lines.kind[i] === COMMENT) commentIndent = Math.max(commentIndent, lines.indent[i]!);
    return commentIndent < 0 ? undefined : { end: this.endBefore(next), commentIndent };
  }

  /**
   * A collection ends: its trailing lines stay (ending its range[2]) or move up to its parent,
   * as they always do from a collection at column 0 (the root, or a sequence flush with it).
   */
  private close(data: unknown, place: Place, column: number, last: Read): Read {
    const trailing = last.trailing;
    if (trailing && column > 0 && trailing.commentIndent >= column) return { data, place, tail: trailing.end, next: last.next };
    return { data, place, tail: last.tail, trailing, next: last.next };
  }

  /** `---` alone at the start of a line, or with spaces and a comment after it. */
  private isDocumentStart(line: number): boolean {
    const at = this.lines.start[line]!;
    return this.text.startsWith('---', at) && onlyCommentAfter(this.text, at + 3, this.lines.end[line]!);
  }

  private nextContent(from: number): number {
    const { kind, count } = this.lines;
    let i = from;
    while (i < count && kind[i] !== CONTENT) i++;
    return i;
  }

  private contentStart(line: number): number {
    return this.lines.start[line]! + this.lines.indent[line]!;
  }

  /** Where content line `next` starts after its indentation, or the end of the text. */
  private endBefore(next: number): number {
    return next < this.lines.count ? this.contentStart(next) : this.text.length;
  }
}

function skipSpaces(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && text.charCodeAt(i) === SPACE) i++;
  return i;
}
