/**
 * The comparison behind the common-shape tests: parseYaml (which reads the common shape with
 * the line scanner, or else straight from the CST), and each of those two readers alone,
 * against parseYamlFully (always yaml's Documents) must agree on
 * everything the linter uses: the text, the line starts, the problems, each document's
 * lintability and data (key order, -0 and NaN included), and the position of every data
 * path, of its key, and of paths that leave the tree.
 */
import { LineCounter } from 'yaml';
import { readCommonShape } from '../../src/yaml/common-shape.js';
import { parseYaml, parseYamlFully, readCommonShapeWith, type CommonShapeReader, type ParsedDocument, type ParsedSource } from '../../src/yaml/parse.js';
import { scanCommonShape } from '../../src/yaml/scanner/block.js';

const READERS: Record<'scanner' | 'cst', CommonShapeReader> = { scanner: scanCommonShape, cst: readCommonShape };

/** Whether the reader of yaml's CST takes `text` (for counting coverage). */
export function isCommonShape(text: string): boolean {
  return readCommonShape(text.replace(/^\uFEFF/, ''), new LineCounter()) !== undefined;
}

/** Whether the line scanner takes `text` (for counting coverage). */
export function isScanned(text: string): boolean {
  return scanCommonShape(text.replace(/^\uFEFF/, ''), new LineCounter()) !== undefined;
}

/** Describes every difference between parseYaml and yaml's Documents; empty when they agree. */
export function differences(text: string): string[] {
  return compare(parseYaml(text), parseYamlFully(text));
}

/** The same for one reader of the common shape alone; empty when it refuses the text. */
export function differencesWith(text: string, reader: keyof typeof READERS): string[] {
  const fast = readCommonShapeWith(text, READERS[reader]);
  return fast ? compare(fast, parseYamlFully(text)) : [];
}

function compare(fast: ParsedSource, full: ParsedSource): string[] {
  const found: string[] = [];
  const same = (what: string, a: unknown, b: unknown) => {
    const x = canonical(a);
    const y = canonical(b);
    if (x !== y) found.push(`${what}: ${x} != ${y}`);
  };
  same('text', fast.text, full.text);
  same('line starts', fast.lineCounter.lineStarts, full.lineCounter.lineStarts);
  same('problems', sortedProblems(fast), sortedProblems(full));
  same('document count', fast.documents.length, full.documents.length);
  fast.documents.forEach((document, i) => {
    const other = full.documents[i];
    if (!other) return;
    same(`document ${i} lintable`, document.lintable, other.lintable);
    if (!document.lintable || !other.lintable) return;
    const data = dataOf(document);
    same(`document ${i} data`, data, dataOf(other));
    for (const path of pathsOf(data)) {
      for (const probe of [path, [...path, 'no such key'], [...path, 9999]]) {
        same(`document ${i} at ${JSON.stringify(probe)}`, document.locate(probe), other.locate(probe));
        same(`document ${i} key at ${JSON.stringify(probe)}`, document.locate(probe, true), other.locate(probe, true));
      }
    }
  });
  return found;
}

function sortedProblems(parsed: ParsedSource) {
  return [...parsed.problems].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : 1));
}

function dataOf(document: ParsedDocument): unknown {
  try {
    return document.toData();
  } catch (error) {
    return { thrown: String(error) };
  }
}

/** Every path into the data (bounded, so an alias-expanded document stays small). */
function pathsOf(data: unknown): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (paths.length > 2_000) return;
    paths.push(path);
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value && typeof value === 'object' && !(value instanceof Date)) for (const key of Object.keys(value)) visit((value as Record<string, unknown>)[key], [...path, key]);
  };
  visit(data, []);
  return paths;
}

/** A string that differs whenever two values differ: key order, -0, NaN, types and prototypes included. */
function canonical(value: unknown): string {
  if (value === null || value === undefined || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'symbol') return value.toString();
  if (value instanceof Date) return `Date(${value.getTime()})`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Map || value instanceof Set) return `${value.constructor.name}(${canonical([...value])})`;
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) === Object.prototype ? '' : `<${String(Object.getPrototypeOf(value)?.constructor?.name)}>`;
    return `${proto}{${Object.keys(value).map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return typeof value;
}
