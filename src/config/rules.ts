/** Turns rule definitions plus a rules configuration into the rules the engine runs. */
import type { ConfiguredRule, RuleDefinition, SeverityLevel, SeverityName } from '../rule-kit/types.js';

export type RuleSetting = SeverityName | 0 | 1 | 2 | [SeverityName | 0 | 1 | 2, Record<string, unknown>?];
export type RulesConfig = Record<string, RuleSetting>;
export type PresetName = 'recommended' | 'strict' | 'all';

export function severityLevel(setting: SeverityName | 0 | 1 | 2): SeverityLevel | 0 {
  if (setting === 'off' || setting === 0) return 0;
  if (setting === 'warn' || setting === 1) return 1;
  return 2;
}

export function severityName(level: SeverityLevel | 0): SeverityName {
  return level === 0 ? 'off' : level === 1 ? 'warn' : 'error';
}

/**
 * Later settings win. A bare severity keeps options set earlier, as in ESLint, so
 * `rule: error` in a project config does not drop a shared config's options.
 */
export function mergeRules(base: RulesConfig, later: RulesConfig): RulesConfig {
  const merged: RulesConfig = { ...base };
  for (const [id, setting] of Object.entries(later)) {
    const earlier = merged[id];
    const severityOnly = !Array.isArray(setting) || setting[1] === undefined;
    const earlierOptions = Array.isArray(earlier) ? earlier[1] : undefined;
    const severity = Array.isArray(setting) ? setting[0] : setting;
    merged[id] = severityOnly && earlierOptions ? [severity, earlierOptions] : setting;
  }
  return merged;
}

export function inPreset(rule: RuleDefinition<any>, preset: PresetName): boolean {
  if (preset === 'all') return true;
  if (preset === 'strict') return rule.meta.docs.recommended || rule.meta.docs.strict === true;
  return rule.meta.docs.recommended;
}

/** A preset as a rules configuration: each rule in it at its default severity. */
export function presetRules(rules: Iterable<RuleDefinition<any>>, preset: PresetName): RulesConfig {
  const config: RulesConfig = {};
  for (const rule of rules) if (inPreset(rule, preset)) config[rule.name] = rule.meta.defaultSeverity;
  return config;
}

export function configureRules(definitions: ReadonlyMap<string, RuleDefinition<any>>, config: RulesConfig): ConfiguredRule[] {
  const configured: ConfiguredRule[] = [];
  for (const [id, setting] of Object.entries(config)) {
    const rule = definitions.get(id);
    if (!rule) continue;
    const [severitySetting, options] = Array.isArray(setting) ? setting : [setting, undefined];
    const severity = severityLevel(severitySetting);
    if (severity === 0) continue;
    configured.push({ id, rule, severity, options: { ...(rule.meta.defaultOptions as object), ...(options ?? {}) } });
  }
  return configured;
}
