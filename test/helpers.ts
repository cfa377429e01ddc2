/** Test helpers: lint a key result, an objective or a whole file and look at one rule's findings. */
import { lintText } from '../src/api.js';
import { exampleToYaml, FILLER_KRS } from '../src/docs/examples.js';
import type { LintMessage, RuleExample } from '../src/rule-kit/types.js';

export function lintYaml(yaml: string, rules?: Record<string, unknown>, filePath = 'test.okr.yaml'): LintMessage[] {
  const [result] = lintText(yaml, { preset: 'all', filePath, rules: rules as never });
  return result!.messages;
}

/** Findings of `ruleId` for an example (kr / objective / krs / yaml), with optional rule options. */
export function findings(ruleId: string, example: RuleExample): LintMessage[] {
  const rules = example.options ? { [ruleId]: ['error', example.options] } : undefined;
  return lintYaml(exampleToYaml(example), rules).filter((m) => m.ruleId === ruleId);
}

/** Findings of `ruleId` on one key result, given as text or as a mapping. */
export function krFindings(ruleId: string, kr: string | Record<string, unknown>, options?: Record<string, unknown>): LintMessage[] {
  // The key result under test spans from line 7 up to the first filler key result.
  const yaml = exampleToYaml({ kr });
  const fillerLine = yaml.slice(0, yaml.indexOf(FILLER_KRS[0]!)).split('\n').length;
  return findings(ruleId, { kr, options }).filter((m) => m.line >= 7 && m.line < fillerLine);
}

export function isFlagged(ruleId: string, kr: string | Record<string, unknown>, options?: Record<string, unknown>): boolean {
  return krFindings(ruleId, kr, options).length > 0;
}
