/**
 * Turns lint results into every requested output: one format on standard output, any
 * number of report files, and (inside GitHub Actions) annotations plus a job summary.
 * Reports are written as they are formatted, about a file at a time: a report of 10,000
 * files is never one string in memory.
 */
import { resolve } from 'node:path';
import { useColor, type CliIo } from '../commands/io.js';
import { HUMAN_FORMATS, loadReportWriter, type FormatterContext, type ReportSource } from '../formatters/index.js';
import type { LintResult, RuleDefinition } from '../rule-kit/types.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { appendStepSummary, isGitHubActions } from './github-actions.js';
import { loadPainter } from './painter.js';
import { parseOutputSpecs } from './specs.js';
import { inBatches } from './batches.js';

export interface ReportOptions {
  format?: string[] | string;
  outputFile?: string;
  color?: boolean;
  quiet?: boolean;
  /** Commander's --no-ci-annotations sets this to false. */
  ciAnnotations?: boolean;
}

export async function emitReports(results: ReportSource, options: ReportOptions, rules: ReadonlyMap<string, RuleDefinition<any>>, io: CliIo): Promise<void> {
  const specs = parseOutputSpecs(options.format, options.outputFile);
  const shown = options.quiet ? errorsOnly(results) : results;
  const hiddenWarnings = options.quiet ? results.totals.warnings : 0;
  const base: FormatterContext = { cwd: io.cwd, color: false, rules, hiddenWarnings };
  // Load every format first, so an unknown one fails before anything is written.
  const writers = await Promise.all(
    specs.map(async (spec) => {
      const write = await loadReportWriter(spec.format);
      const color = spec.path === undefined && HUMAN_FORMATS.has(spec.format) && useColor(options.color, io);
      // chalk is loaded only for a coloured report: a pre-commit run never pays for it.
      const paint = color ? await loadPainter() : undefined;
      return { spec, text: () => inBatches(write(shown, { ...base, color, paint })) };
    }),
  );
  for (const { spec, text } of writers) {
    if (spec.path === undefined) for (const batch of text()) io.stdout(batch);
    else await writeFileAtomic(resolve(io.cwd, spec.path), text());
  }
  if (options.ciAnnotations !== false && isGitHubActions(io.env)) {
    const stdoutFormat = specs.find((s) => s.path === undefined)?.format;
    if (stdoutFormat !== 'github') {
      // Annotations must not corrupt a machine format printed on stdout; the runner reads stderr too.
      const machineOnStdout = stdoutFormat !== undefined && !HUMAN_FORMATS.has(stdoutFormat) && stdoutFormat !== 'compact';
      const print = machineOnStdout ? io.stderr : io.stdout;
      for (const batch of inBatches((await loadReportWriter('github'))(shown, base))) print(batch);
    }
    await appendStepSummary(io.env, inBatches((await loadReportWriter('markdown'))(shown, base)));
  }
}

/** --quiet: the same results without their warnings. */
function errorsOnly(results: ReportSource): ReportSource {
  const { files, filesWithErrors, errors } = results.totals;
  return {
    totals: { files, filesWithProblems: filesWithErrors, filesWithErrors, errors, warnings: 0, messages: errors },
    *[Symbol.iterator]() {
      for (const result of results) yield withoutWarnings(result);
    },
  };
}

function withoutWarnings(result: LintResult): LintResult {
  return { ...result, messages: result.messages.filter((m) => m.severity === 2), warningCount: 0 };
}
