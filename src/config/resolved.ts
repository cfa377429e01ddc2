/** A resolved configuration: which rules, with which options, for each file. */
import type { UnusedDirectiveSetting } from '../engine/directives.js';
import type { ConfiguredRule, RuleDefinition } from '../rule-kit/types.js';
import type { IgnoreSet } from './ignore.js';
import { configureRules, mergeRules, severityName, type RulesConfig } from './rules.js';
import type { LoadedPlugin, ResolvedOverride } from './types.js';

export interface ResolvedParts {
  configFile: string | undefined;
  registry: Map<string, RuleDefinition<any>>;
  plugins: LoadedPlugin[];
  rules: RulesConfig;
  overrides: ResolvedOverride[];
  cliRules: RulesConfig;
  ignores: IgnoreSet;
  reportUnusedDisableDirectives: UnusedDirectiveSetting;
}

export interface FileRules {
  /** Names the combination of overrides that applies: files with equal keys share a rule set. */
  key: string;
  rules: RulesConfig;
  configured: ConfiguredRule[];
}

export class ResolvedConfig {
  private readonly byKey = new Map<string, FileRules>();

  constructor(private readonly parts: ResolvedParts) {}

  get configFile(): string | undefined {
    return this.parts.configFile;
  }

  /** Built-in and plugin rules by id. */
  get registry(): ReadonlyMap<string, RuleDefinition<any>> {
    return this.parts.registry;
  }

  get plugins(): readonly LoadedPlugin[] {
    return this.parts.plugins;
  }

  get reportUnusedDisableDirectives(): UnusedDirectiveSetting {
    return this.parts.reportUnusedDisableDirectives;
  }

  /** What a worker thread resolves this same configuration from (see src/workers/run.ts). */
  get rebuildSettings(): { config: string | false; rules: RulesConfig } {
    const { configFile, rules, cliRules } = this.parts;
    // Without a file the base is a preset; presets only add rules, so merged settings rebuild it.
    return configFile ? { config: configFile, rules: cliRules } : { config: false, rules: mergeRules(rules, cliRules) };
  }

  isIgnored(file: string): boolean {
    return this.parts.ignores.ignores(file);
  }

  /** The rules for one file: base rules, then each matching override in order, then --rule. */
  rulesFor(file: string): FileRules {
    const matching = this.parts.overrides.flatMap((override, index) => (override.matches(file) ? [index] : []));
    const key = matching.join(',');
    let entry = this.byKey.get(key);
    if (!entry) {
      let rules = this.parts.rules;
      for (const index of matching) rules = mergeRules(rules, this.parts.overrides[index]!.rules);
      rules = mergeRules(rules, this.parts.cliRules);
      entry = { key, rules, configured: configureRules(this.parts.registry, rules) };
      this.byKey.set(key, entry);
    }
    return entry;
  }

  /** The rules that apply where no override matches (base config plus --rule). */
  baseRules(): ConfiguredRule[] {
    return configureRules(this.parts.registry, mergeRules(this.parts.rules, this.parts.cliRules));
  }

  /** Rule ids that some override sets, so their setting differs for some files. */
  overriddenRuleIds(): Set<string> {
    return new Set(this.parts.overrides.flatMap((override) => Object.keys(override.rules)));
  }

  /** What `--print-config FILE` shows: every rule that is on, with its full options. */
  describe(file: string): Record<string, unknown> {
    const { configured } = this.rulesFor(file);
    const rules: Record<string, unknown> = {};
    for (const rule of [...configured].sort((a, b) => a.id.localeCompare(b.id))) {
      rules[rule.id] = Object.keys(rule.options).length ? [severityName(rule.severity), rule.options] : severityName(rule.severity);
    }
    return {
      file,
      configFile: this.configFile ?? null,
      ignored: this.isIgnored(file),
      plugins: this.plugins.map((p) => ({ name: p.name, path: p.path })),
      ignores: this.parts.ignores.describe(),
      reportUnusedDisableDirectives: this.reportUnusedDisableDirectives,
      rules,
    };
  }
}
