/** The CLI's side of configuration: --config / --no-config, --rule, --print-config. */
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { FatalError } from '../engine/errors.js';
import { resolveConfig } from './resolve.js';
import type { ResolvedConfig } from './resolved.js';
import type { RuleDefinition } from '../rule-kit/types.js';
import type { RulesConfig } from './rules.js';
import { validateShape } from './validate.js';

export interface ConfigCliOptions {
  /** A path from --config, false from --no-config. */
  config?: string | false;
  /** Repeatable --rule 'rule-id: severity' or 'rule-id: [severity, {options}]'. */
  rule?: string[];
}

/** Parses --rule values (YAML flow syntax, so JSON options work too); later values win. */
export function parseRuleFlags(values: readonly string[] = []): RulesConfig {
  const rules: RulesConfig = {};
  for (const value of values) {
    let parsed: unknown;
    try {
      parsed = parse(value);
    } catch (error) {
      throw new FatalError(`--rule "${value}" does not parse: ${(error as Error).message.split('\n')[0]}; write 'rule-id: warn' or 'rule-id: [warn, {"option": 1}]'.`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || Object.keys(parsed).length === 0) {
      throw new FatalError(`--rule "${value}" is not a rule setting; write 'rule-id: warn' or 'rule-id: [warn, {"option": 1}]'.`);
    }
    validateShape({ rules: parsed }, { name: `--rule "${value}"`, directory: process.cwd() });
    // Defined, not assigned: an id such as "__proto__" stays a key and is reported as unknown.
    for (const [id, setting] of Object.entries(parsed)) Object.defineProperty(rules, id, { value: setting, enumerable: true, writable: true, configurable: true });
  }
  return rules;
}

export function resolveCliConfig(options: ConfigCliOptions, cwd: string, builtinRules: readonly RuleDefinition<any>[]): Promise<ResolvedConfig> {
  return resolveConfig({ cwd, builtinRules, config: options.config, rules: parseRuleFlags(options.rule) });
}

/** --print-config FILE: the resolved configuration for that file, as JSON. */
export function printConfig(config: ResolvedConfig, file: string, cwd: string): string {
  return `${JSON.stringify(config.describe(resolve(cwd, file)), null, 2)}\n`;
}
