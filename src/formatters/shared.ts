/** Small helpers shared by the formatters: paths, severities, counts and the built-in checks. */
import { isAbsolute, relative, sep } from 'node:path';
import type { LintMessage, LintResult } from '../rule-kit/types.js';
import type { Formatter, ReportSource, ReportWriter, Totals } from './types.js';

export type { Totals } from './types.js';

/** A path relative to cwd with forward slashes and no leading "./", as CI tools expect. */
export function displayPath(cwd: string, filePath: string): string {
  // Pseudo-paths such as <stdin> or <text> stay as they are.
  if (!isAbsolute(filePath)) return filePath.split(sep).join('/').replace(/^\.\//, '');
  const rel = relative(cwd, filePath) || filePath;
  return rel.split(sep).join('/').replace(/^\.\//, '');
}

export const severityName = (m: LintMessage): 'error' | 'warning' => (m.severity === 2 ? 'error' : 'warning');

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The summary of a report with no finding shown: "No problems", unless --quiet hid warnings. */
export function cleanSummary(files: number, hiddenWarnings = 0): string {
  if (hiddenWarnings > 0) return `No errors in ${plural(files, 'file')} (${plural(hiddenWarnings, 'warning')} hidden by --quiet).`;
  return `No problems in ${plural(files, 'file')}.`;
}

/** "(2 errors, 3 warnings)", or "(2 errors; 14 warnings hidden by --quiet)". */
export function countsInBrackets(errors: number, warnings: number, hiddenWarnings = 0): string {
  if (hiddenWarnings > 0) return `(${plural(errors, 'error')}; ${plural(hiddenWarnings, 'warning')} hidden by --quiet)`;
  return `(${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
}

export function totals(results: Iterable<LintResult>): Totals {
  const sum: Totals = { files: 0, filesWithProblems: 0, filesWithErrors: 0, errors: 0, warnings: 0, messages: 0 };
  for (const r of results) {
    sum.files++;
    sum.errors += r.errorCount;
    sum.warnings += r.warningCount;
    sum.messages += r.messages.length;
    if (r.messages.length > 0) sum.filesWithProblems++;
    if (r.errorCount > 0) sum.filesWithErrors++;
  }
  return sum;
}

/** An array of results as a report source; totals are counted only if a formatter asks. */
export function reportOf(results: readonly LintResult[]): ReportSource {
  let counted: Totals | undefined;
  return {
    [Symbol.iterator]: () => results[Symbol.iterator](),
    get totals() {
      return (counted ??= totals(results));
    },
  };
}

/** The whole report as one string, for callers that format an array of results. */
export function joined(write: ReportWriter): Formatter {
  return (results, context) => [...write(reportOf(results), context)].join('');
}

/** Lines as one piece of text, each ended by a newline. */
export const linesOf = (lines: readonly string[]): string => (lines.length ? `${lines.join('\n')}\n` : '');

/** A message about the whole file (binary, encoding, not an OKR file) sits zero-width at 1:1. */
export function isWholeFile(m: LintMessage): boolean {
  return m.line === 1 && m.column === 1 && m.endLine === 1 && m.endColumn === 1;
}

/** The message text with its rewrite hint, for formats that have a single text field. */
export function messageWithSuggestion(m: LintMessage, separator = '\n'): string {
  return m.suggestion ? `${m.message}${separator}Suggestion: ${m.suggestion}` : m.message;
}

/** Checks the engine itself performs (not rules); kept in one table with what to do about each. */
export { BUILTIN_CHECKS } from '../output/builtin-checks.js';

/** Every message paired with its result, in report order. */
export function* eachMessage(results: Iterable<LintResult>): Generator<[LintResult, LintMessage]> {
  for (const result of results) for (const message of result.messages) yield [result, message];
}
