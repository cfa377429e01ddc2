/** The public, typed API: lint files or text, load a formatter. */
import { relative } from 'node:path';
import { builtinRules } from '../rules/index.js';
import { configureRules, presetRules, type PresetName, type RulesConfig } from './config/rules.js';
import { Linter } from './engine/linter.js';
import { toResult } from './engine/messages.js';
import { discoverFiles } from './files/discover.js';
import { readFailureMessage, readSource } from './files/read.js';
import type { ConfiguredRule, LintResult, RuleDefinition } from './rule-kit/types.js';

export type { LintMessage, LintResult, RuleDefinition } from './rule-kit/types.js';
export { FatalError, RuleFailure } from './engine/errors.js';
export { builtinRules };

export interface LintOptions {
  cwd?: string;
  /** A rules configuration on top of the preset (default: recommended). */
  rules?: RulesConfig;
  preset?: PresetName;
  /** Extra rule definitions, e.g. from plugins, addressed by their full id. */
  extraRules?: ReadonlyMap<string, RuleDefinition<any>>;
  /** Files over this many bytes are reported as file/too-large, not parsed (default 1 MiB). */
  maxFileSize?: number;
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

export async function lintFiles(patterns: readonly string[], options: LintOptions = {}): Promise<LintResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const files = await discoverFiles(patterns, { cwd });
  const linter = new Linter(resolveRules(options));
  const results: LintResult[] = [];
  for (const file of files) {
    const source = await readSource(file, relative(cwd, file) || file, { maxFileSize: options.maxFileSize });
    results.push(source.ok ? linter.lintText(source.text, file) : toResult(file, [readFailureMessage(source)]));
  }
  return mergeProjectFindings(results, linter);
}

export function lintText(text: string, options: LintOptions & { filePath?: string } = {}): LintResult[] {
  const linter = new Linter(resolveRules(options));
  const result = linter.lintText(text, options.filePath ?? '<text>');
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
