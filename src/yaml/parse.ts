/**
 * YAML parsing with source positions. Every document of a file is parsed once,
 * with a shared LineCounter so any offset maps to a 1-based line and column.
 * Problems the parser finds, and those checks.ts adds, come back as lint problems;
 * `unlintable` names the documents whose data must not be linted (see docs/robustness.md).
 */
import { isScalar, LineCounter, parseAllDocuments } from 'yaml';
import type { Document, Node } from 'yaml';
import { checkDocument } from './checks.js';

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

export interface ParsedSource {
  text: string;
  documents: Document.Parsed[];
  problems: YamlProblem[];
  lineCounter: LineCounter;
  /** Documents with syntax errors, duplicate keys or runaway nesting: report, do not lint. */
  unlintable: Set<Document.Parsed>;
}

const BOM = '\uFEFF';

/** Strips a UTF-8 BOM so that columns on the first line are not shifted. */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

export function parseYaml(rawText: string): ParsedSource {
  const text = stripBom(rawText);
  const lineCounter = new LineCounter();
  // logLevel 'error': the library must not print warnings of its own on our stderr.
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: true, logLevel: 'error' });
  // An empty stream (no documents at all) is not an array. An empty document in a stream
  // (a trailing `---`, or only comments) holds nothing to lint: it is skipped silently.
  const documents = (Array.isArray(parsed) ? parsed : []).filter((document) => !isEmptyDocument(document));
  const problems: YamlProblem[] = [];
  const unlintable = new Set<Document.Parsed>();
  const lineOf = (offset: number) => lineCounter.linePos(offset).line;
  for (const document of documents) {
    const parserProblems = fromParserErrors(document);
    problems.push(...parserProblems);
    if (parserProblems.length > 0) {
      unlintable.add(document);
      continue;
    }
    for (const problem of checkDocument(document, lineOf)) {
      problems.push({ ruleId: problem.ruleId, message: problem.message, range: problem.range, severity: problem.severity, ...(problem.blocksContent ? { fatal: true } : {}) });
      if (problem.blocksContent) unlintable.add(document);
    }
  }
  return { text, documents, problems, lineCounter, unlintable };
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
function fromParserErrors(document: Document.Parsed): YamlProblem[] {
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
    const message = firstLine(error.message);
    // The parser can raise the same error twice at one place (nested flow collections).
    if (problems.some((p) => p.message === message && p.range.start === range.start)) continue;
    problems.push({ ruleId: 'yaml/syntax', message, range, fatal: true });
  }
  return problems;
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '').trim();
}

export function toPosition(lineCounter: LineCounter, range: SourceRange): Position {
  const start = lineCounter.linePos(range.start);
  const end = lineCounter.linePos(Math.max(range.end, range.start));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

/** The range of a node's value, without trailing comments. */
export function nodeRange(node: Node | null | undefined): SourceRange | undefined {
  if (!node?.range) return undefined;
  return { start: node.range[0], end: node.range[1] };
}
