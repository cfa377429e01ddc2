/** The registry of built-in rules. The engine never imports this; the API hands it in. */
import type { RuleDefinition } from '../src/rule-kit/index.js';
import objectiveKrCount from './objective-kr-count.js';
import objectiveCount from './objective-count.js';
import objectiveDuplicateId from './objective-duplicate-id.js';
import objectiveUnaligned from './objective-unaligned.js';
import objectiveNoOwner from './objective-no-owner.js';
import krDueOutsidePeriod from './kr-due-outside-period.js';
import krDuplicate from './kr-duplicate.js';
import krNoOwner from './kr-no-owner.js';
import krNoSource from './kr-no-source.js';
import objectiveHasMetric from './objective-has-metric.js';
import objectiveVague from './objective-vague.js';
import objectivePresence from './objective-presence.js';
import krUnbalanced from './kr-unbalanced.js';
import krMissingBaseline from './kr-missing-baseline.js';
import krUnmeasurable from './kr-unmeasurable.js';
import krPlaceholder from './kr-placeholder.js';
import krDirectionMismatch from './kr-direction-mismatch.js';
import krBaselineEqualsTarget from './kr-baseline-equals-target.js';
import krActivityWeighted from './kr-activity-weighted.js';
import krCalendarWeighted from './kr-calendar-weighted.js';
import krVisibility from './kr-visibility.js';

export const builtinRules: readonly RuleDefinition<any>[] = [objectiveKrCount, objectiveCount, objectiveDuplicateId, objectiveUnaligned, objectiveNoOwner, krDueOutsidePeriod, krDuplicate, krNoOwner, krNoSource, objectiveHasMetric, objectiveVague, objectivePresence, krUnbalanced, krMissingBaseline, krUnmeasurable, krPlaceholder, krDirectionMismatch, krBaselineEqualsTarget, krActivityWeighted, krCalendarWeighted, krVisibility];
