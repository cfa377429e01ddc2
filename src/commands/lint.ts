/** The main job: lint the files, print the report, decide the exit code. */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { lintFiles, ruleRegistry } from '../api.js';
import { loadFormatter } from '../formatters/index.js';
import type { LintResult } from '../rule-kit/types.js';
import { useColor, type CliIo } from './io.js';

export interface LintCliOptions {
  format: string;
  outputFile?: string;
  color?: boolean;
  quiet?: boolean;
  maxWarnings?: number;
}

export async function runLint(patterns: string[], options: LintCliOptions, io: CliIo): Promise<number> {
  const formatter = await loadFormatter(options.format);
  const results = await lintFiles(patterns, { cwd: io.cwd });
  const shown = options.quiet ? results.map(errorsOnly) : results;
  const toFile = options.outputFile !== undefined;
  const report = withNewline(formatter(shown, {
    cwd: io.cwd,
    color: !toFile && options.format === 'stylish' && useColor(options.color, io),
    rules: ruleRegistry(),
  }));
  if (toFile) await writeAtomically(resolve(io.cwd, options.outputFile!), report);
  else io.stdout(report);
  return exitCode(results, options, io);
}

function errorsOnly(result: LintResult): LintResult {
  return { ...result, messages: result.messages.filter((m) => m.severity === 2) };
}

function exitCode(results: LintResult[], options: LintCliOptions, io: CliIo): number {
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`okrlint found too many warnings (${warnings}; maximum allowed is ${options.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

async function writeAtomically(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, path);
}

function withNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}
