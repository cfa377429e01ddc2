/**
 * YAML parsing with source positions. Every document of a file is parsed once,
 * with a shared LineCounter so any offset maps to a 1-based line and column.
 */
import { LineCounter, parseAllDocuments, isMap, isSeq, isPair, isScalar } from 'yaml';
import type { Document, Node, Pair } from 'yaml';

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
}

export interface ParsedSource {
  text: string;
  documents: Document.Parsed[];
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
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    merge: true,
  });
  const problems: YamlProblem[] = [];
  const docs = Array.isArray(documents) ? documents : [];
  if (!Array.isArray(documents)) {
    // An empty stream parses as an EmptyStream; nothing to report here.
  }
  for (const doc of docs) {
    for (const error of doc.errors) {
      problems.push({
        ruleId: error.code === 'DUPLICATE_KEY' ? 'yaml/duplicate-key' : 'yaml/syntax',
        message: firstLine(error.message),
        range: { start: error.pos[0], end: Math.max(error.pos[1], error.pos[0]) },
        fatal: error.code !== 'DUPLICATE_KEY',
      });
    }
  }
  return { text, documents: docs, problems, lineCounter };
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

/** Finds the pair for `key` in a mapping node. */
export function findPair(map: unknown, key: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key);
}

/**
 * Resolves a data path (keys and indexes) to a YAML node. With `atKey`, the last
 * segment resolves to the key node of its pair, which is where an unknown key belongs.
 */
export function nodeAtPath(root: unknown, path: readonly (string | number)[], atKey = false): Node | undefined {
  let current: unknown = root;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (isMap(current)) {
      const pair = findPair(current, String(segment));
      if (!pair) return current as Node;
      if (last && atKey) return pair.key as Node;
      current = pair.value ?? pair.key;
    } else if (isSeq(current) && typeof segment === 'number') {
      const item = current.items[segment];
      if (item === undefined) return current as Node;
      current = isPair(item) ? item.key : item;
    } else {
      return current as Node;
    }
  }
  return current as Node;
}
