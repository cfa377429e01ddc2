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
