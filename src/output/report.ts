/**
 * Turns lint results into every requested output: one format on standard output, any
 * number of report files, and (inside GitHub Actions) annotations plus a job summary.
 */
import { resolve } from 'node:path';
import { useColor, type CliIo } from '../commands/io.js';
import { HUMAN_FORMATS, loadFormatter, type FormatterContext } from '../formatters/index.js';
import type { LintResult, RuleDefinition } from '../rule-kit/types.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { appendStepSummary, isGitHubActions } from './github-actions.js';
import { loadPainter } from './painter.js';
import { parseOutputSpecs } from './specs.js';

export interface ReportOptions {
  format?: string[] | string;
  outputFile?: string;
  color?: boolean;
  quiet?: boolean;
  /** Commander's --no-ci-annotations sets this to false. */
  ciAnnotations?: boolean;
}

export async function emitReports(results: readonly LintResult[], options: ReportOptions, rules: ReadonlyMap<string, RuleDefinition<any>>, io: CliIo): Promise<void> {
  const specs = parseOutputSpecs(options.format, options.outputFile);
  const shown = options.quiet ? results.map(errorsOnly) : results;
  const hiddenWarnings = options.quiet ? results.reduce((n, r) => n + r.warningCount, 0) : 0;
  const base: FormatterContext = { cwd: io.cwd, color: false, rules, hiddenWarnings };
  // Render everything before writing anything, so a failing formatter leaves no half-set of files.
  const rendered = await Promise.all(
    specs.map(async (spec) => {
      const formatter = await loadFormatter(spec.format);
      const color = spec.path === undefined && HUMAN_FORMATS.has(spec.format) && useColor(options.color, io);
      // chalk is loaded only for a coloured report: a pre-commit run never pays for it.
      const paint = color ? await loadPainter() : undefined;
      return { spec, text: withNewline(formatter(shown, { ...base, color, paint })) };
    }),
  );
  for (const { spec, text } of rendered) {
    if (spec.path === undefined) io.stdout(text);
    else await writeFileAtomic(resolve(io.cwd, spec.path), text);
  }
  if (options.ciAnnotations !== false && isGitHubActions(io.env)) {
    const stdoutFormat = specs.find((s) => s.path === undefined)?.format;
    if (stdoutFormat !== 'github') {
      const annotations = (await loadFormatter('github'))(shown, base);
      // Annotations must not corrupt a machine format printed on stdout; the runner reads stderr too.
      const machineOnStdout = stdoutFormat !== undefined && !HUMAN_FORMATS.has(stdoutFormat) && stdoutFormat !== 'compact';
      if (annotations) (machineOnStdout ? io.stderr : io.stdout)(annotations);
    }
    await appendStepSummary(io.env, (await loadFormatter('markdown'))(shown, base));
  }
}

function errorsOnly(result: LintResult): LintResult {
  return { ...result, messages: result.messages.filter((m) => m.severity === 2), warningCount: 0 };
}

function withNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}
