/** `okrlint explain <rule>` and `okrlint rules`: documentation straight from rule metadata. */
import { ruleRegistry } from '../api.js';
import { inPreset } from '../config/rules.js';
import { FatalError } from '../engine/errors.js';
import type { RuleDefinition, RuleExample } from '../rule-kit/types.js';
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

export function runExplain(ruleId: string, io: CliIo): number {
  const registry = ruleRegistry();
  const rule = registry.get(ruleId);
  if (!rule) {
    const near = closestIds(ruleId, [...registry.keys()]);
    throw new FatalError(`Unknown rule "${ruleId}".${near.length ? ` Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : ''} Run "okrlint rules" for the list.`);
  }
  const { docs } = rule.meta;
  const lines = [
    `${rule.name}  (${rule.meta.defaultSeverity} by default; presets: ${presetsOf(rule).join(', ')})`,
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
  for (const ex of docs.examples.invalid) lines.push(`  ✗ ${exampleText(ex)}${ex.note ? `  (${ex.note})` : ''}`);
  lines.push('', 'Not flagged:');
  for (const ex of docs.examples.valid) lines.push(`  ✓ ${exampleText(ex)}${ex.note ? `  (${ex.note})` : ''}`);
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

export function runRules(io: CliIo): number {
  const rows = [...ruleRegistry().values()].map((rule) => `${rule.name.padEnd(28)} ${rule.meta.defaultSeverity.padEnd(6)} ${presetsOf(rule).join(',').padEnd(24)} ${rule.meta.docs.description}`);
  io.stdout(`${'rule'.padEnd(28)} ${'level'.padEnd(6)} ${'presets'.padEnd(24)} description\n${rows.join('\n')}\n`);
  return 0;
}
