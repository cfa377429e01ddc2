/** The main job: lint the files (or standard input), write the reports, decide the exit code. */
import { relative, resolve } from 'node:path';
import { builtinRules, lintFilesToReport, lintSourceAsFile, lintText, toLintReport, type LintOptions, type LintReport } from '../api.js';
import { printConfig, resolveCliConfig, type ConfigCliOptions } from '../config/cli.js';
import { FatalError, summariseIncomplete } from '../engine/errors.js';
import { fileMessage, toResult } from '../engine/messages.js';
import { ignoredFileNote, namedIgnoredFiles } from '../files/ignored.js';
import { decodeWithinLimit } from '../files/read.js';
import { emitReports } from '../output/report.js';
import { escapeControls } from '../output/terminal-safe.js';
import { parseOutputSpecs } from '../output/specs.js';
import { refuseProtectedTargets } from '../util/atomic-write.js';
import type { CliIo } from './io.js';
import { formatStats } from '../stats/report.js';
import { startStats, stopStats, timedAsync } from '../stats/timer.js';
import { isDirectory } from '../util/paths.js';

export interface LintCliOptions extends ConfigCliOptions {
  printConfig?: string;
  reportUnusedDisableDirectives?: boolean;
  reportUnusedDisableDirectivesSeverity?: 'off' | 'warn' | 'error';
  /** Repeatable `-f name[:path]`. */
  format?: string[] | string;
  outputFile?: string;
  color?: boolean;
  quiet?: boolean;
  maxWarnings?: number;
  stdin?: boolean;
  stdinFilename?: string;
  ciAnnotations?: boolean;
  maxFileSize?: number;
  concurrency?: 'auto' | 'off' | number;
  cache?: boolean;
  cacheLocation?: string;
  stats?: boolean;
}

export async function runLint(patterns: string[], options: LintCliOptions, io: CliIo): Promise<number> {
  if (options.stdinFilename !== undefined && !options.stdin) throw new FatalError('--stdin-filename names standard input; add --stdin to lint it.');
  if (options.stdin && patterns.length > 0) throw new FatalError(`--stdin lints standard input, so the file patterns (${patterns.join(' ')}) would be ignored; drop them or drop --stdin.`);
  if (options.cacheLocation !== undefined && !options.cache) io.stderr('okrlint: --cache-location has no effect without --cache; add --cache to use the cache.\n');
  const stats = options.stats ? startStats() : undefined;
  const started = performance.now();
  const config = await timedAsync('configuration', () => resolveCliConfig(options, io.cwd, builtinRules));
  if (options.printConfig !== undefined) {
    io.stdout(printConfig(config, options.printConfig, io.cwd));
    return 0;
  }
  const lintOptions: LintOptions = { cwd: io.cwd, maxFileSize: options.maxFileSize, resolvedConfig: config, reportUnusedDisableDirectives: options.reportUnusedDisableDirectivesSeverity ?? options.reportUnusedDisableDirectives, concurrency: options.concurrency, cache: options.cache ? (options.cacheLocation ?? true) : undefined };
  // The results of a large run come packed, one file at a time (see lintFilesToReport).
  const report = options.stdin ? await lintStandardInput(options, io, lintOptions) : await lintFilesToReport(patterns.length > 0 ? patterns : ['.'], lintOptions);
  const ignoredNames = options.stdin ? [options.stdinFilename ?? ''].filter((name) => name && config.isIgnored(resolve(io.cwd, name))) : namedIgnoredFiles(patterns, io.cwd, (f) => config.isIgnored(f));
  for (const file of ignoredNames) io.stderr(ignoredFileNote(file, io.cwd));
  // Data safety: no report may overwrite a file that was just linted.
  const reportFiles = parseOutputSpecs(options.format, options.outputFile).flatMap((spec) => (spec.path === undefined ? [] : [resolve(io.cwd, spec.path)]));
  refuseProtectedTargets(reportFiles, report.filePaths);
  await timedAsync('formatting', () => emitReports(report, options, config.registry, io));
  if (stats) {
    io.stderr(formatStats(stats, performance.now() - started, report.totals.files));
    stopStats();
  }
  return exitCode(report, options, io);
}

/** Named by --stdin-filename, standard input is linted like that file named on the command line. */
async function lintStandardInput(options: LintCliOptions, io: CliIo, lintOptions: LintOptions): Promise<LintReport> {
  if (!io.readStdin) throw new FatalError('--stdin is not available here: standard input cannot be read.');
  const filePath = options.stdinFilename ? resolve(io.cwd, options.stdinFilename) : undefined;
  // A folder's name would make the text a file beside that folder's files, compared with them.
  if (filePath && isDirectory(filePath)) throw new FatalError(`--stdin-filename "${escapeControls(options.stdinFilename!)}" is a directory; give the path of the file the piped text stands for.`);
  const source = decodeWithinLimit(await io.readStdin(), filePath ? relative(io.cwd, filePath) || filePath : '<stdin>', options.maxFileSize);
  if (filePath) return lintSourceAsFile(source, filePath, lintOptions);
  if (!source.ok) return toLintReport([toResult('<stdin>', [fileMessage(source.ruleId, source.message)])]);
  return toLintReport(lintText(source.text, { ...lintOptions, filePath: '<stdin>' }));
}

/** 0 clean, 1 errors or too many warnings; warnings hidden by --quiet still count. */
function exitCode(report: LintReport, options: LintCliOptions, io: CliIo): number {
  // A rule that crashed or a file that could not be read: the report is incomplete (exit 2).
  // One stderr line per failing rule, not per file: a plugin that throws everywhere is one line.
  const incomplete = report.incompleteFindings().map(({ filePath, message }) => ({ file: relative(io.cwd, filePath) || filePath, message }));
  if (incomplete.length > 0) {
    io.stderr(summariseIncomplete(incomplete).map((line) => `okrlint: ${escapeControls(line)}\n`).join(''));
    return 2;
  }
  const { errors, warnings } = report.totals;
  if (options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr(`okrlint found too many warnings (${warnings}; maximum allowed is ${options.maxWarnings}).\n`);
    return 1;
  }
  return errors > 0 ? 1 : 0;
}

