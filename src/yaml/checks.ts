/**
 * Checks on a parsed YAML document that the yaml library does not make itself, or makes
 * in a way that would let a value be chosen silently: keys that collide once converted
 * to plain data, nesting deeper than any OKR file needs, and YAML 1.1 booleans.
 * Every walk here is iterative, so hostile depth cannot overflow the stack.
 */
import { isAlias, isCollection, isMap, isPair, isScalar, Scalar } from 'yaml';
import type { Document, Node, Pair } from 'yaml';
import type { SourceRange } from './parse.js';
import { isMergeKey } from './paths.js';

/** OKR files nest about six levels deep; a hundred leaves room for any honest file. */
export const MAX_NESTING_DEPTH = 100;

export interface CheckProblem {
  ruleId: string;
  message: string;
  range: SourceRange;
  severity: 1 | 2;
  /** The document's data cannot be trusted; do not lint its content. */
  blocksContent: boolean;
}

/** Words YAML 1.1 tools read as booleans; YAML 1.2 (what okrlint reads) keeps them as text. */
const YAML11_BOOLEAN = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

interface Visit {
  node: unknown;
  depth: number;
}

export function checkDocument(document: Document.Parsed, lineOf: (offset: number) => number): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const yaml11 = document.directives?.yaml?.version === '1.1';
  const stack: Visit[] = [{ node: document.contents, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth > MAX_NESTING_DEPTH) {
      problems.push({
        ruleId: 'yaml/nesting-limit',
        message: `The YAML nests deeper than ${MAX_NESTING_DEPTH} levels; an OKR file needs about six. Flatten the structure.`,
        range: rangeOf(node),
        severity: 2,
        blocksContent: true,
      });
      break;
    }
    if (isMap(node)) {
      problems.push(...duplicateKeys(node.items, lineOf));
      if (!yaml11) problems.push(...yaml11Booleans(node.items));
    }
    for (const item of node.items) {
      if (isPair(item)) {
        stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      } else {
        stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return problems;
}

/**
 * Keys are compared as the plain data sees them (`1` and `"1"` are one key there), so
 * every collision that would overwrite a value is caught, not only textually equal keys.
 * Repeated merge keys (`<<`) are allowed: merging several bases is what they are for.
 */
function duplicateKeys(items: readonly Pair<unknown, unknown>[], lineOf: (offset: number) => number): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const first = new Map<string, Pair<unknown, unknown>>();
  for (const pair of items) {
    if (isMergeKey(pair.key)) continue;
    const key = keyText(pair.key);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, pair);
      continue;
    }
    const earlierLine = lineOf(rangeOf(earlier.key).start);
    problems.push({
      ruleId: 'yaml/duplicate-key',
      message: `Duplicate key "${clip(key)}": it is already set on line ${earlierLine}, and YAML would keep only one of the two values. Remove or rename one; okrlint does not lint this document's content until then.`,
      range: rangeOf(pair.key),
      severity: 2,
      blocksContent: true,
    });
  }
  return problems;
}

function yaml11Booleans(items: readonly Pair<unknown, unknown>[]): CheckProblem[] {
  const problems: CheckProblem[] = [];
  for (const pair of items) {
    const value = pair.value;
    if (!isScalar(value) || value.type !== Scalar.PLAIN || typeof value.source !== 'string') continue;
    const problem = ambiguousBoolean(value.source, rangeOf(value));
    if (problem) problems.push(problem);
  }
  return problems;
}

/** The warning for a plain mapping value that YAML 1.1 tools would read as a boolean, if it is one. */
export function ambiguousBoolean(source: string, range: SourceRange): CheckProblem | undefined {
  if (!YAML11_BOOLEAN.test(source)) return undefined;
  return {
    ruleId: 'yaml/ambiguous-boolean',
    message: `"${source}" is text here (YAML 1.2), but YAML 1.1 tools read it as a boolean. Quote it ("${source}") so every tool reads the same value.`,
    range: { start: range.start, end: range.end },
    severity: 1,
    blocksContent: false,
  };
}

/** The key as a plain JavaScript object would name it. */
function keyText(key: unknown): string {
  if (key === null || key === undefined) return '';
  if (isScalar(key)) return String(key.value);
  if (isAlias(key)) return `*${key.source}`;
  try {
    return String(key);
  } catch {
    // A collection key that cannot even be printed (e.g. a bad merge inside it): it is
    // unique for our purposes; turning the document into data reports the real problem.
    return `\u0000collection@${rangeOf(key).start}`;
  }
}

function rangeOf(node: unknown): SourceRange {
  const range = (node as Node | null)?.range;
  return range ? { start: range[0], end: range[1] } : { start: 0, end: 0 };
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
