import type { RuleDefinition } from './types.js';

/** Identity function that gives a rule definition its types. */
export function defineRule<Options extends object>(rule: RuleDefinition<Options>): RuleDefinition<Options> {
  return rule;
}
