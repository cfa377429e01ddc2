/**
 * Where a JavaScript config file's syntax error is. Loading through cosmiconfig loses the
 * position (and for ESM, Node reports a misleading "Cannot require() ES Module ... race
 * condition"), so `node --check` re-reads the file with Node's own rules for that file
 * (.mjs, .cjs, or .js under the nearest package.json "type") and we parse its report.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface SyntaxProblem {
  line: number;
  column: number;
  message: string;
}

const JS_CONFIG = /\.(?:js|mjs|cjs)$/;

/** The file's first syntax error, or undefined when it has none (or it cannot be checked). */
export function findSyntaxError(file: string): SyntaxProblem | undefined {
  if (!JS_CONFIG.test(file)) return undefined;
  const check = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8', timeout: 10_000, env: { ...process.env, NODE_OPTIONS: '' } });
  if (check.status === 0 || typeof check.stderr !== 'string') return undefined;
  return parseCheckOutput(check.stderr, file);
}

/**
 * `node --check` prints "<file>:<line>", the source line, a caret line, a blank line and
 * "SyntaxError: <message>". Without a caret (e.g. "Unexpected end of input") the column is
 * the end of the reported line.
 */
export function parseCheckOutput(stderr: string, file: string): SyntaxProblem | undefined {
  const lines = stderr.split(/\r?\n/);
  const messageLine = lines.find((line) => /^SyntaxError: /.test(line));
  const header = lines.findIndex((line) => line.startsWith(`${file}:`) && /:\d+$/.test(line));
  if (!messageLine || header === -1) return undefined;
  const line = Number(/:(\d+)$/.exec(lines[header]!)![1]);
  const caretLine = lines.slice(header + 1, header + 4).find((text) => /^\s*\^+\s*$/.test(text));
  const column = caretLine ? caretLine.indexOf('^') + 1 : endColumn(file, line);
  return { line, column, message: messageLine.slice('SyntaxError: '.length).trim() };
}

function endColumn(file: string, line: number): number {
  try {
    return (readFileSync(file, 'utf8').split(/\r?\n/)[line - 1]?.length ?? 0) + 1;
  } catch {
    return 1;
  }
}
