/**
 * YAML parsing with source positions. Every document of a file is parsed once,
 * with a shared LineCounter so any offset maps to a 1-based line and column.
 * Problems the parser finds, and those checks.ts adds, come back as lint problems;
 * a document that is not `lintable` must not have its data linted (see docs/robustness.md).
 * A file of the common shape is read by the line scanner (scanner/block.ts), or failing that
 * from yaml's CST by common-shape.ts; any other goes through yaml's Documents.
 */
import { isScalar, LineCounter, parseAllDocuments } from 'yaml';
import type { Document, Node } from 'yaml';
import { checkDocument } from './checks.js';
import { PARSE_OPTIONS, readCommonShape, type CommonShape } from './common-shape.js';
import { nodeAtPath } from './paths.js';
import { placeAtPath } from './places.js';
import { scanCommonShape } from './scanner/block.js';

export { findPair, nodeAtPath } from './paths.js';

export interface SourceRange {
  start: number;
  end: number;
}

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface YamlProblem {
  ruleId: string;
  message: string;
  range: SourceRange;
  fatal?: boolean;
  /** 2 (error) unless said otherwise. */
  severity?: 1 | 2;
}

/** Aliases may expand to at most this many nodes when a document becomes data. */
export const MAX_ALIAS_COUNT = 1000;

export interface ParsedDocument {
  /** False for a document with syntax errors, duplicate keys or runaway nesting: report, do not lint. */
  lintable: boolean;
  /** The document's plain data; throws as yaml's toJS does (a ReferenceError for an alias bomb). */
  toData(): unknown;
  /** Where the node at a data path is (its key, with `atKey`); the deepest node found stands in for a path that leaves the tree. */
  locate(path: readonly (string | number)[], atKey?: boolean): Position;
}

export interface ParsedSource {
  text: string;
  /** Every document with content, in file order. */
  documents: ParsedDocument[];
  problems: YamlProblem[];
  lineCounter: LineCounter;
}

const BOM = '\uFEFF';

/** Strips a UTF-8 BOM so that columns on the first line are not shifted. */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

export function parseYaml(rawText: string): ParsedSource {
  const text = stripBom(rawText);
  return readCommonShapeWith(text, scanCommonShape) ?? readCommonShapeWith(text, readCommonShape) ?? readFull(text);
}

/** A reader of the common shape: the line scanner, or the reader of yaml's CST. */
export type CommonShapeReader = (text: string, lineCounter: LineCounter) => CommonShape | undefined;

/** The common shape of an OKR file read by `read`; undefined when it refuses the text. */
export function readCommonShapeWith(rawText: string, read: CommonShapeReader): ParsedSource | undefined {
  const text = stripBom(rawText);
  const lineCounter = new LineCounter();
  const shape = read(text, lineCounter);
  if (!shape) return undefined;
  const { data, root } = shape;
  const document: ParsedDocument = {
    lintable: true,
    toData: () => data,
    locate: (path, atKey = false) => toPosition(lineCounter, placeAtPath(root, path, atKey)),
  };
  const problems = shape.problems.map(({ ruleId, message, range, severity }) => ({ ruleId, message, range, severity }));
  return { text, documents: [document], problems, lineCounter };
}

/** Always through yaml's Documents: the reference the common-shape reader is tested against. */
export function parseYamlFully(rawText: string): ParsedSource {
  return readFull(stripBom(rawText));
}

function readFull(text: string): ParsedSource {
  const lineCounter = new LineCounter();
  // logLevel 'error': the library must not print warnings of its own on our stderr.
  const parsed = parseAllDocuments(text, { lineCounter, ...PARSE_OPTIONS });
  // An empty stream (no documents at all) is not an array. An empty document in a stream
  // (a trailing `---`, or only comments) holds nothing to lint: it is skipped silently.
  const documents = (Array.isArray(parsed) ? parsed : []).filter((document) => !isEmptyDocument(document));
  const problems: YamlProblem[] = [];
  const lineOf = (offset: number) => lineCounter.linePos(offset).line;
  const parsedDocuments = documents.map((document) => {
    const parserProblems = fromParserErrors(document, text);
    problems.push(...parserProblems);
    if (parserProblems.length > 0) return fromDocument(document, lineCounter, false);
    let lintable = true;
    for (const problem of checkDocument(document, lineOf)) {
      problems.push({ ruleId: problem.ruleId, message: problem.message, range: problem.range, severity: problem.severity, ...(problem.blocksContent ? { fatal: true } : {}) });
      if (problem.blocksContent) lintable = false;
    }
    return fromDocument(document, lineCounter, lintable);
  });
  return { text, documents: parsedDocuments, problems, lineCounter };
}

function fromDocument(document: Document.Parsed, lineCounter: LineCounter, lintable: boolean): ParsedDocument {
  return {
    lintable,
    toData: () => document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }),
    locate: (path, atKey = false) => {
      const node = nodeAtPath(document.contents, path, atKey, document) ?? document.contents;
      return toPosition(lineCounter, nodeRange(node) ?? { start: 0, end: 0 });
    },
  };
}

/** No content at all: not even an explicit `null`, a tag or an anchor. */
function isEmptyDocument(document: Document.Parsed): boolean {
  if (document.errors.length > 0) return false;
  const contents = document.contents;
  if (contents === null) return true;
  if (!isScalar(contents) || contents.value !== null || contents.tag || contents.anchor) return false;
  const [start, valueEnd] = contents.range ?? [0, 0];
  return start === valueEnd;
}

/**
 * The parser's own errors. Duplicate keys are left to checks.ts, which catches every
 * collision the parser does (and those it misses, such as `1` beside `"1"`) and names the
 * key and where it was first set. A stack overflow on deep nesting is one problem, not hundreds.
 */
function fromParserErrors(document: Document.Parsed, text: string): YamlProblem[] {
  const problems: YamlProblem[] = [];
  let exhausted = false;
  for (const error of document.errors) {
    const range = { start: error.pos[0], end: Math.max(error.pos[1], error.pos[0]) };
    if (error.code === 'DUPLICATE_KEY') continue;
    if (error.code === 'RESOURCE_EXHAUSTION') {
      if (exhausted) continue;
      exhausted = true;
      problems.push({ ruleId: 'yaml/nesting-limit', message: 'The YAML nests too deeply to read safely; an OKR file needs about six levels. Flatten the structure.', range, fatal: true });
      continue;
    }
    const opening = unclosedQuoteAt(error, text);
    if (opening !== undefined) {
      problems.push({ ruleId: 'yaml/syntax', message: 'Quoted string opened here is never closed; add the closing quote.', range: { start: opening, end: opening + 1 }, fatal: true });
      continue;
    }
    const message = firstLine(error.message);
    // The parser can raise the same error twice at one place (nested flow collections).
    if (problems.some((p) => p.message === message && p.range.start === range.start)) continue;
    problems.push({ ruleId: 'yaml/syntax', message, range, fatal: true });
  }
  return problems;
}

/**
 * yaml reports an unclosed quote where the text ends; the user needs the quote that opened it.
 * With no closing quote after it, that is the last quote before the end that is not escaped
 * (\" in double quotes, '' in single quotes).
 */
function unclosedQuoteAt(error: Document.Parsed['errors'][number], text: string): number | undefined {
  const quote = /^Missing closing (["'])quote/.exec(error.message)?.[1];
  if (error.code !== 'MISSING_CHAR' || !quote) return undefined;
  for (let i = Math.min(error.pos[0], text.length) - 1; i >= 0; i--) {
    if (text[i] !== quote) continue;
    if (quote === "'" && text[i - 1] === "'") {
      i--;
      continue;
    }
    if (quote === '"' && escaped(text, i)) continue;
    return i;
  }
  return undefined;
}

function escaped(text: string, at: number): boolean {
  let backslashes = 0;
  while (text[at - 1 - backslashes] === '\\') backslashes++;
  return backslashes % 2 === 1;
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** Line and column (1-based) of a range, as yaml's LineCounter.linePos gives them, without its two objects. */
export function toPosition(lineCounter: LineCounter, range: SourceRange): Position {
  const starts = lineCounter.lineStarts;
  const start = range.start;
  const end = Math.max(range.end, start);
  const startLine = lastLineStartAt(starts, start);
  const endLine = lastLineStartAt(starts, end);
  return { line: startLine + 1, column: startLine < 0 ? start : start - starts[startLine]! + 1, endLine: endLine + 1, endColumn: endLine < 0 ? end : end - starts[endLine]! + 1 };
}

/** The index of the last line starting at or before `offset` (binary search), or -1. */
function lastLineStartAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** The range of a node's value, without trailing comments. */
export function nodeRange(node: Node | null | undefined): SourceRange | undefined {
  if (!node?.range) return undefined;
  return { start: node.range[0], end: node.range[1] };
}
