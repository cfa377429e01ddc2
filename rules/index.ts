/** The registry of built-in rules. The engine never imports this; the API hands it in. */
import type { RuleDefinition } from '../src/rule-kit/index.js';
import objectiveKrCount from './objective-kr-count.js';

export const builtinRules: readonly RuleDefinition<any>[] = [objectiveKrCount];
