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

/** Checks the engine itself performs (not rules): what each is about, and its level. */
export const BUILTIN_CHECKS: Readonly<Record<string, { description: string; level: 'error' | 'warning' }>> = {
  'yaml/syntax': { description: 'The file is not valid YAML.', level: 'error' },
  'yaml/duplicate-key': { description: 'A mapping repeats a key.', level: 'error' },
  'yaml/alias-limit': { description: 'The file expands too many YAML aliases.', level: 'error' },
  'yaml/nesting-limit': { description: 'The YAML nests too deeply to read safely.', level: 'error' },
  'yaml/ambiguous-boolean': { description: 'A YAML 1.1 boolean word (yes, no, on, off) that readers may take for text.', level: 'warning' },
  schema: { description: 'The OKR file does not follow the OKR file schema.', level: 'error' },
  'okr/not-okr-file': { description: 'The file is not an OKR file (period, team and objectives).', level: 'error' },
  'file/binary': { description: 'The file is binary, not YAML text.', level: 'error' },
  'file/encoding': { description: 'The file is not valid UTF-8.', level: 'error' },
  'file/too-large': { description: 'The file is larger than the size limit (--max-file-size).', level: 'error' },
  'file/unreadable': { description: 'The file could not be read.', level: 'error' },
  'okrlint/unknown-rule': { description: 'A disable comment names a rule that does not exist.', level: 'error' },
  'okrlint/unused-disable-directive': { description: 'A disable comment suppresses nothing.', level: 'warning' },
};

/** Every message paired with its result, in report order. */
export function* eachMessage(results: readonly LintResult[]): Generator<[LintResult, LintMessage]> {
  for (const result of results) for (const message of result.messages) yield [result, message];
}
