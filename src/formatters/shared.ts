/** Small helpers shared by the formatters: paths, severities, counts and the built-in checks. */
import { isAbsolute, relative, sep } from 'node:path';
import type { LintMessage, LintResult } from '../rule-kit/types.js';

/** A path relative to cwd with forward slashes and no leading "./", as CI tools expect. */
export function displayPath(cwd: string, filePath: string): string {
  // Pseudo-paths such as <stdin> or <text> stay as they are.
  if (!isAbsolute(filePath)) return filePath.split(sep).join('/').replace(/^\.\//, '');
  const rel = relative(cwd, filePath) || filePath;
  return rel.split(sep).join('/').replace(/^\.\//, '');
}

export const severityName = (m: LintMessage): 'error' | 'warning' => (m.severity === 2 ? 'error' : 'warning');

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface Totals {
  files: number;
  filesWithProblems: number;
  errors: number;
  warnings: number;
}

export function totals(results: readonly LintResult[]): Totals {
  let errors = 0;
  let warnings = 0;
  let filesWithProblems = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    if (r.messages.length > 0) filesWithProblems++;
  }
  return { files: results.length, filesWithProblems, errors, warnings };
}

/** A message about the whole file (binary, encoding, not an OKR file) sits zero-width at 1:1. */
export function isWholeFile(m: LintMessage): boolean {
  return m.line === 1 && m.column === 1 && m.endLine === 1 && m.endColumn === 1;
}

/** The message text with its rewrite hint, for formats that have a single text field. */
export function messageWithSuggestion(m: LintMessage, separator = '\n'): string {
  return m.suggestion ? `${m.message}${separator}Suggestion: ${m.suggestion}` : m.message;
}

/** Checks the engine itself performs (not rules): ids, levels and what they are about. */
export const BUILTIN_CHECKS: Readonly<Record<string, string>> = {
  'yaml/syntax': 'The file is not valid YAML.',
  'yaml/duplicate-key': 'A mapping repeats a key.',
  'yaml/alias-limit': 'The file expands too many YAML aliases.',
  schema: 'The OKR file does not follow the OKR file schema.',
  'okr/not-okr-file': 'The file is not an OKR file (period, team and objectives).',
  'file/binary': 'The file is binary, not YAML text.',
  'file/encoding': 'The file is not valid UTF-8.',
};

/** Every message paired with its result, in report order. */
export function* eachMessage(results: readonly LintResult[]): Generator<[LintResult, LintMessage]> {
  for (const result of results) for (const message of result.messages) yield [result, message];
}
