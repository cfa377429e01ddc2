/**
 * Per-rule timing without touching the engine: each configured rule is wrapped so that
 * every visitor (and the project pass) it returns is timed under the rule's id.
 */
import type { ConfiguredRule, RuleVisitors } from '../rule-kit/types.js';
import type { PhaseStats } from './timer.js';

const wrapped = new WeakMap<ConfiguredRule, ConfiguredRule>();

export function timeRules(rules: readonly ConfiguredRule[], stats: PhaseStats): ConfiguredRule[] {
  return rules.map((config) => {
    let timedConfig = wrapped.get(config);
    if (!timedConfig) {
      timedConfig = { ...config, rule: { ...config.rule, create: (context) => timeVisitors(config.id, config.rule.create(context), stats) } };
      wrapped.set(config, timedConfig);
    }
    return timedConfig;
  });
}

function timeVisitors(ruleId: string, visitors: RuleVisitors, stats: PhaseStats): RuleVisitors {
  if (typeof visitors !== 'object' || visitors === null) return visitors;
  const timedVisitors: Record<string, unknown> = {};
  for (const [hook, visitor] of Object.entries(visitors)) {
    if (typeof visitor !== 'function') {
      timedVisitors[hook] = visitor;
      continue;
    }
    const phase = hook === 'project' ? `rule ${ruleId} (project pass)` : `rule ${ruleId}`;
    timedVisitors[hook] = function (this: unknown, ...args: unknown[]) {
      const start = performance.now();
      try {
        return (visitor as (...a: unknown[]) => unknown).apply(visitors, args);
      } finally {
        stats.add(phase, performance.now() - start);
      }
    };
  }
  return timedVisitors as RuleVisitors;
}
