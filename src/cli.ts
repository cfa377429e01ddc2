/** Commander wiring only. main() returns an exit code; it never calls process.exit. */
import { Command, CommanderError, Option } from 'commander';
import { FatalError, RuleFailure } from './engine/errors.js';
import { packageVersion } from './util/package.js';
import { defaultIo, type CliIo } from './commands/io.js';
import { parseSize } from './files/size.js';

export { guardProcess } from './util/process-guards.js';
export { boundHeapGrowth } from './util/heap.js';

export type { CliIo };

/** rules and explain read the configuration through the main command's options. */
const CONFIG_HELP = `
Configuration options honoured (before or after the command name):
  -c, --config <file>  use this configuration file instead of searching for one
  --no-config          use no configuration file: the recommended preset and --rule only
  --rule <setting>     set a rule, repeatable: 'rule-id: warn'`;

export async function main(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  let exitCode = 0;
  const program = new Command('okrlint')
    .description('Lint OKRs kept as YAML: outcomes over activity, calendar and visibility.')
    .version(packageVersion(), '-v, --version')
    .argument('[patterns...]', 'files, directories (every *.okr.yaml / *.okr.yml under them) or globs (default: the current directory)')
    .addOption(new Option('-f, --format <name[:path]>', 'output format, repeatable; name:path writes that format to a file (stylish, compact, json, sarif, github, junit, checkstyle, markdown, html)').argParser(collect))
    .option('-o, --output-file <path>', 'write the report to a file instead of stdout (one format)')
    .option('--color', 'force colour on standard output (files are never coloured)')
    .option('--no-color', 'disable colour output')
    .option('--quiet', 'report errors only (warnings still count for --max-warnings)')
    .option('--max-warnings <n>', 'exit with 1 when there are more than n warnings (-1: no limit)', parseCount)
    .option('--max-file-size <size>', 'report files larger than this instead of parsing them (e.g. 500k, 2mb; default 1mb)', (value: string) => parseSize(value))
    .option('--stdin', 'lint standard input instead of files')
    .option('--stdin-filename <path>', 'the file name to report for standard input')
    .option('--no-ci-annotations', 'inside GitHub Actions, do not print annotations or write the job summary')
    .option('-c, --config <file>', 'use this configuration file instead of searching for one')
    .option('--no-config', 'use no configuration file: the recommended preset and --rule only (safe for untrusted repositories)')
    .option('--rule <setting>', "set a rule, repeatable: 'rule-id: warn' or 'rule-id: [warn, {\"option\": 1}]'", collect)
    .option('--print-config <file>', 'print the configuration that applies to a file, as JSON, and exit')
    .option('--report-unused-disable-directives', 'report okrlint-disable comments that suppress nothing, as warnings (a configured "error" stays an error); --report-unused-disable-directives-severity <off|warn|error> sets the level')
    // Listed in the description above: its long name alone would stop commander wrapping the whole help.
    .addOption(new Option('--report-unused-disable-directives-severity <level>', 'report unused okrlint-disable comments at this level: off, warn or error').argParser(parseDirectiveSeverity).hideHelp())
    .option('--concurrency <n>', "linting threads: auto (worker threads when there are many files and several cores), off, or a number (at most one per file and four per core)", parseConcurrency, 'auto')
    .option('--cache', 'reuse results of unchanged files (stored in node_modules/.cache/okrlint)')
    .option('--cache-location <path>', 'where --cache keeps its file (a directory or a file path)')
    .option('--stats', 'print the time spent per phase (discovery, parse, schema, each rule, formatting) to stderr')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined })
    .action(async (patterns: string[], options) => {
      const { runLint } = await import('./commands/lint.js');
      exitCode = await runLint(patterns, options, io);
    });

  program
    .command('explain')
    .description("print a rule's description, rationale, options and examples")
    .argument('<rule-id>', 'the rule to explain')
    .addHelpText('after', CONFIG_HELP)
    .action(async (ruleId: string) => {
      const { explainWithConfig } = await import('./commands/explain.js');
      exitCode = await explainWithConfig(ruleId, io, program.opts());
    });

  program
    .command('rules')
    .description('list every rule with its presets and its setting in the current configuration (honours --config, --no-config, --rule)')
    .addHelpText('after', CONFIG_HELP)
    .action(async () => {
      const { runRules } = await import('./commands/explain.js');
      exitCode = await runRules(io, program.opts());
    });

  program
    .command('init')
    .description('write a starter .okrlintrc.yaml and a sample OKR file; never overwrites anything')
    .action(async () => {
      const { runInit } = await import('./commands/init.js');
      exitCode = await runInit(io);
    });

  try {
    rejectConfigConflict(argv);
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, io);
  }
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function parseConcurrency(value: string): 'auto' | 'off' | number {
  if (value === 'auto' || value === 'off') return value;
  if (/^\d+$/.test(value) && Number(value) >= 1) return Number(value);
  throw new FatalError(`--concurrency expects auto, off or a number of threads (1 or more), got "${value}".`);
}

function parseDirectiveSeverity(value: string): 'off' | 'warn' | 'error' {
  if (value === 'off' || value === 'warn' || value === 'error') return value;
  throw new FatalError(`--report-unused-disable-directives-severity expects off, warn or error, got "${value}".`);
}

/** -1 means no limit, as in ESLint. */
function parseCount(value: string): number {
  if (!/^(\d+|-1)$/.test(value)) throw new FatalError(`--max-warnings expects a whole number (or -1 for no limit), got "${value}".`);
  return Number(value);
}

/** --no-config and --config share commander's "config" key: the last one would silently win. */
function rejectConfigConflict(argv: readonly string[]): void {
  const end = argv.indexOf('--');
  const flags = end === -1 ? argv : argv.slice(0, end);
  const withConfig = flags.some((arg) => arg === '-c' || arg === '--config' || arg.startsWith('--config=') || /^-c./.test(arg));
  if (withConfig && flags.includes('--no-config')) throw new FatalError('--config and --no-config contradict each other; keep one of them.');
}

function handleError(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return 0;
    const message = error.message.replace(/^error: /, '');
    io.stderr(`okrlint: ${message}\nRun "okrlint --help" for usage.\n`);
    return 2;
  }
  if (error instanceof FatalError || error instanceof RuleFailure) {
    io.stderr(`okrlint: ${error.message}\n`);
    return 2;
  }
  // An internal failure: still one line, never a stack trace unless asked for.
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`okrlint: internal error: ${message.split('\n')[0]}. Please report it with the input that caused it.\n`);
  if (io.env.OKRLINT_DEBUG) io.stderr(`${(error as Error)?.stack ?? ''}\n`);
  return 2;
}
