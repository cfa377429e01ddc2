/** `okrlint explain <rule>` and `okrlint rules`: documentation straight from rule metadata. */
import { builtinRules, ruleRegistry } from '../api.js';
import { resolveCliConfig, type ConfigCliOptions } from '../config/cli.js';
import { inPreset, severityName } from '../config/rules.js';
import { FatalError } from '../engine/errors.js';
import type { RuleDefinition, RuleExample } from '../rule-kit/types.js';
import { builtinCheck, BUILTIN_CHECKS } from '../output/builtin-checks.js';
import { closestIds } from '../util/suggest.js';
import type { CliIo } from './io.js';

export function presetsOf(rule: RuleDefinition<any>): string[] {
  return (['recommended', 'strict', 'all'] as const).filter((p) => inPreset(rule, p));
}

export function exampleText(example: RuleExample): string {
  if (example.kr !== undefined) return typeof example.kr === 'string' ? example.kr : JSON.stringify(example.kr);
  if (example.objective !== undefined) return `objective: ${example.objective}`;
  if (example.krs) return example.krs.map((kr) => (typeof kr === 'string' ? kr : JSON.stringify(kr))).join(' | ');
  return (example.yaml ?? '').trim();
}

/** The example's note and the options it needs (an example may only hold with non-default options). */
function exampleAnnotation(example: RuleExample): string {
  const parts = [example.note, example.options ? `with options ${JSON.stringify(example.options)}` : undefined].filter(Boolean);
  return parts.length ? `  (${parts.join('; ')})` : '';
}

/** Plugin rules (`name/rule-id`) come from the plugins of the current configuration. */
export async function explainWithConfig(ruleId: string, io: CliIo, options: ConfigCliOptions = {}): Promise<number> {
  const registry = ruleId.includes('/') ? (await resolveCliConfig(options, io.cwd, builtinRules)).registry : ruleRegistry();
  return runExplain(ruleId, io, registry);
}

export function runExplain(ruleId: string, io: CliIo, registry: ReadonlyMap<string, RuleDefinition<any>> = ruleRegistry()): number {
  const rule = registry.get(ruleId);
  const check = rule ? undefined : builtinCheck(ruleId);
  if (check) {
    io.stdout(`${ruleId}  (a check okrlint itself makes, not a rule; ${check.level})\n\n${check.description}\n\nWhat to do: ${check.fix}\n`);
    return 0;
  }
  if (!rule) {
    const near = closestIds(ruleId, [...registry.keys(), ...Object.keys(BUILTIN_CHECKS)]);
    throw new FatalError(`Unknown rule "${ruleId}".${near.length ? ` Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : ''} Run "okrlint rules" for the list.`);
  }
  const { docs } = rule.meta;
  const lines = [
    `${ruleId}  (${rule.meta.defaultSeverity} by default; ${ruleId.includes('/') ? 'from a plugin' : `presets: ${presetsOf(rule).join(', ')}`})`,
    '',
    docs.description,
    '',
    `Why: ${docs.rationale}`,
    '',
  ];
  const options = Object.entries(rule.meta.defaultOptions as Record<string, unknown>);
  if (options.length) {
    lines.push('Options (defaults):');
    for (const [name, value] of options) lines.push(`  ${name}: ${JSON.stringify(value)}`);
    lines.push('');
  }
  lines.push('Flagged:');
  for (const ex of docs.examples.invalid) lines.push(`  ✗ ${exampleText(ex)}${exampleAnnotation(ex)}`);
  lines.push('', 'Not flagged:');
  for (const ex of docs.examples.valid) lines.push(`  ✓ ${exampleText(ex)}${exampleAnnotation(ex)}`);
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

/** Every rule (built-in and plugin) with its presets and its setting in the current configuration. */
export async function runRules(io: CliIo, options: ConfigCliOptions = {}): Promise<number> {
  const config = await resolveCliConfig(options, io.cwd, builtinRules);
  const current = new Map(config.baseRules().map((rule) => [rule.id, severityName(rule.severity)] as const));
  const overridden = config.overriddenRuleIds();
  // Alphabetical: built-in rules, then plugin rules (ids with a "plugin/" prefix).
  const ordered = [...config.registry].sort(([a], [b]) => Number(a.includes('/')) - Number(b.includes('/')) || (a < b ? -1 : a > b ? 1 : 0));
  const rows = ordered.map(([id, rule]) => {
    const presets = id.includes('/') ? '(plugin)' : presetsOf(rule).join(',');
    const setting = `${current.get(id) ?? 'off'}${overridden.has(id) ? '*' : ''}`;
    return `${id.padEnd(28)} ${rule.meta.defaultSeverity.padEnd(6)} ${presets.padEnd(24)} ${setting.padEnd(7)} ${rule.meta.docs.description}`;
  });
  const header = `${'rule'.padEnd(28)} ${'level'.padEnd(6)} ${'presets'.padEnd(24)} ${'current'.padEnd(7)} description`;
  const source = config.configFile ? `Current configuration: ${config.configFile}` : 'No configuration file: the recommended preset applies.';
  const footer = overridden.size ? `${source}\n* changed by overrides for some files; see okrlint --print-config FILE.` : source;
  io.stdout(`${header}\n${rows.join('\n')}\n\n${footer}\n`);
  return 0;
}
