/** The public, typed API: lint files or text, load a formatter. */
import { builtinRules } from '../rules/index.js';
import { configureRules, presetRules, type PresetName, type RulesConfig } from './config/rules.js';
import { effectiveUnusedSetting, LinterPool } from './config/linter-pool.js';
import { resolveConfig } from './config/resolve.js';
import type { ResolvedConfig } from './config/resolved.js';
import { ENGINE_RULE_IDS, type UnusedDirectiveSetting } from './engine/directives.js';
import { hasProjectVisitor, Linter } from './engine/linter.js';
import { toResult } from './engine/messages.js';
import { namedDirectories, repositoryContext } from './files/context.js';
import { discoverFiles } from './files/discover.js';
import type { ReadOutcome } from './files/read.js';
import { timed, timedAsync } from './stats/timer.js';
import { lintFileList, type Concurrency } from './workers/run.js';
import { ResultSpool } from './workers/result-spool.js';
import type { ConfiguredRule, LintResult, RuleDefinition } from './rule-kit/types.js';

export type { LintMessage, LintResult, RuleDefinition } from './rule-kit/types.js';
export { FatalError, RuleFailure } from './engine/errors.js';
export { builtinRules };

/** The results of a run as a report: iterable (more than once) in file order, with totals. */
export type LintReport = Pick<ResultSpool, 'filePaths' | 'totals' | 'incompleteFindings' | typeof Symbol.iterator>;
export type { ResolvedConfig };

export interface LintOptions {
  cwd?: string;
  /** A rules configuration on top of the preset (default: recommended). */
  rules?: RulesConfig;
  preset?: PresetName;
  /** Extra rule definitions, e.g. from plugins, addressed by their full id. */
  extraRules?: ReadonlyMap<string, RuleDefinition<any>>;
  /** A config file to use; false: none (preset and `rules` only); unset: search up from cwd. */
  config?: string | false;
  /** A configuration resolved beforehand (the CLI resolves once for lint, rules and --print-config). */
  resolvedConfig?: ResolvedConfig;
  /** Report okrlint-disable comments that suppress nothing: true = at least "warn" (never weakens the config's "error"); a level replaces the config's setting (default: the config's setting). */
  reportUnusedDisableDirectives?: UnusedDirectiveSetting;
  /** Files over this many bytes are reported as file/too-large, not parsed (default 1 MiB). */
  maxFileSize?: number;
  /** Linting threads: 'auto' (default: workers when there are many files and several cores), 'off', or a number. */
  concurrency?: Concurrency;
  /** Reuse results of unchanged files: true for node_modules/.cache/okrlint, or a cache location. */
  cache?: boolean | string;
  /**
   * Inside a git repository, also read the other OKR files of the repository holding each linted
   * file (a pre-commit hook names only staged files; a folder is part of its repository) so
   * cross-file rules (aligns_to, duplicate ids) see them; their own findings are not reported.
   * Files of different repositories are separate projects. Default true.
   */
  repositoryContext?: boolean;
}

export function ruleRegistry(extra?: ReadonlyMap<string, RuleDefinition<any>>): Map<string, RuleDefinition<any>> {
  const registry = new Map<string, RuleDefinition<any>>(builtinRules.map((r) => [r.name, r]));
  for (const [id, rule] of extra ?? []) registry.set(id, rule);
  return registry;
}

export function resolveRules(options: LintOptions = {}): ConfiguredRule[] {
  const registry = ruleRegistry(options.extraRules);
  const config = { ...presetRules(registry.values(), options.preset ?? 'recommended'), ...options.rules };
  return configureRules(registry, config);
}

/** Finds (or loads) the configuration, its extends and plugins; a broken config throws FatalError. */
export function loadConfiguration(options: LintOptions = {}): Promise<ResolvedConfig> {
  const { cwd = process.cwd(), config, preset, rules, extraRules } = options;
  return resolveConfig({ cwd, builtinRules, config, preset, rules, extraRules });
}

/** Lints files with the configuration that applies to each (overrides, ignores, plugins). */
export async function lintFiles(patterns: readonly string[], options: LintOptions = {}): Promise<LintResult[]> {
  return [...(await lintFilesToReport(patterns, options))];
}

/**
 * Lints files like lintFiles, for a report: the results come one file at a time and a large
 * run keeps them packed (see ResultSpool), with the totals and unfinished checks at hand.
 */
export async function lintFilesToReport(patterns: readonly string[], options: LintOptions = {}): Promise<LintReport> {
  const cwd = options.cwd ?? process.cwd();
  const config = options.resolvedConfig ?? (await loadConfiguration(options));
  const isIgnored = (file: string) => config.isIgnored(file);
  const files = await timedAsync('discovery', async () => (await discoverFiles(patterns, { cwd, isIgnored })).filter((file) => !isIgnored(file)));
  return lintWithContext(files, namedDirectories(patterns, cwd), config, options);
}

/**
 * Lints a text as the file `filePath` (standard input named by --stdin-filename), like that one
 * file named on the command line: inside a git repository the other OKR files are its context.
 * A read failure (e.g. not UTF-8) is passed as the outcome and reported on the file.
 */
export async function lintSourceAsFile(source: ReadOutcome, filePath: string, options: LintOptions = {}): Promise<LintReport> {
  const config = options.resolvedConfig ?? (await loadConfiguration(options));
  if (config.isIgnored(filePath)) return toLintReport([]);
  return lintWithContext([filePath], [], config, options, source);
}

/** `wholeDirs`: folders linted whole, which need no context. `given`: the text of files[0], already in hand. */
async function lintWithContext(files: string[], wholeDirs: readonly string[], config: ResolvedConfig, options: LintOptions, given?: ReadOutcome): Promise<LintReport> {
  const cwd = options.cwd ?? process.cwd();
  const { files: context, groupOf } = options.repositoryContext === false ? { files: [] } : await timedAsync('discovery', async () => {
    const found = await repositoryContext(files, wholeDirs, () => hasCrossFileRules(files, config));
    return { ...found, files: found.files.filter((file) => !config.isIgnored(file)) };
  });
  const linters = new LinterPool(config, options.reportUnusedDisableDirectives, cwd, groupOf);
  const { reportUnusedDisableDirectives, maxFileSize } = options;
  const allFiles = [...files, ...context];
  return lintFileList(allFiles, linters, {
    cwd,
    // Context files only inform the project pass; they were not asked for.
    reported: files.length,
    maxFileSize,
    concurrency: options.concurrency ?? 'auto',
    workerSetup: portable(config, options) ? { cwd, ...config.rebuildSettings, reportUnusedDisableDirectives, maxFileSize } : undefined,
    cache: options.cache ? await openCache(cwd, options.cache, config, reportUnusedDisableDirectives, allFiles) : undefined,
    given: given ? new Map([[0, given]]) : undefined,
  });
}

/** True when a rule with a project pass (aligns_to, duplicate ids) is on for one of `files`. */
function hasCrossFileRules(files: readonly string[], config: ResolvedConfig): boolean {
  const seen = new Set<string>();
  return files.some((file) => {
    const { key, configured } = config.rulesFor(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return configured.some(hasProjectVisitor);
  });
}

/** Results already in hand (one text, standard input) as a report. */
export function toLintReport(results: readonly LintResult[]): LintReport {
  const report = new ResultSpool(results.map((r) => r.filePath));
  results.forEach((result, index) => report.put(index, result));
  return report;
}

/** Rules given as objects (not built in, not from a plugin a worker can load) cannot reach a worker thread. */
function portable(config: ResolvedConfig, options: LintOptions): boolean {
  const loadable = builtinRules.length + config.plugins.reduce((n, plugin) => n + plugin.rules.size, 0);
  return !options.extraRules && config.registry.size === loadable;
}

/** `lintedFiles`: the cache never replaces one of them (nor any file that is not an okrlint cache). */
async function openCache(cwd: string, location: true | string, config: ResolvedConfig, requested: UnusedDirectiveSetting | undefined, lintedFiles: readonly string[]) {
  const [{ LintCache, cacheFilePath }, { ConfigKeys, buildId }] = await Promise.all([import('./cache/store.js'), import('./cache/key.js')]);
  const store = timed('cache read', () => LintCache.load(cacheFilePath(cwd, location === true ? undefined : location), buildId(), lintedFiles));
  // The effective setting (flag and config together): changing either invalidates cached results.
  const reportUnused = effectiveUnusedSetting(requested, config.reportUnusedDisableDirectives);
  return { store, keys: new ConfigKeys(config, { reportUnused }) };
}

/**
 * Lints one text. Without `resolvedConfig` no config file is read (preset and `rules` only),
 * which keeps this synchronous; with it, the overrides for `filePath` apply.
 */
export function lintText(text: string, options: LintOptions & { filePath?: string } = {}): LintResult[] {
  const filePath = options.filePath ?? '<text>';
  if (options.resolvedConfig) {
    const linters = new LinterPool(options.resolvedConfig, options.reportUnusedDisableDirectives, options.cwd);
    return linters.finish([linters.linterFor(filePath).lintText(text, filePath)]);
  }
  const knownRuleIds = [...ruleRegistry(options.extraRules).keys(), ...ENGINE_RULE_IDS];
  const linter = new Linter(resolveRules(options), { knownRuleIds, reportUnusedDisableDirectives: options.reportUnusedDisableDirectives, cwd: options.cwd });
  const result = linter.lintText(text, filePath);
  return mergeProjectFindings([result], linter);
}

function mergeProjectFindings(results: LintResult[], linter: Linter): LintResult[] {
  const project = linter.finishProject();
  if (project.size === 0) return results;
  return results.map((result) => {
    const extra = project.get(result.filePath);
    return extra ? toResult(result.filePath, [...result.messages, ...extra]) : result;
  });
}

export { loadFormatter } from './formatters/index.js';
