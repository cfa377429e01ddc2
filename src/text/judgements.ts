/** The language judgements behind the activity, calendar and visibility rules, for the rule kit. */
export { judgeWork, type WorkFinding, type WorkVocabularyOptions } from './judge-activity.js';
export { judgeCalendar, deadlineOf, type CalendarFinding, type CalendarOptions } from './judge-calendar.js';
export { type VisibilityFinding, type VisibilityKind, type VisibilityOptions } from './judge-visibility.js';
import type { TextAnalysis } from './analysis.js';
import { analysisMemo } from './memo.js';
import { judgeVisibility as judgeVisibilityOnce, type VisibilityFinding, type VisibilityOptions } from './judge-visibility.js';

/** Visibility verdicts without option words, per analysis: three rules ask it of every key result. */
const plainVisibility = analysisMemo<TextAnalysis, VisibilityFinding | undefined>();
const judgePlainVisibility = (analysis: TextAnalysis) => judgeVisibilityOnce(analysis);

/** judgeVisibility, computed once per analysis when no extra presence terms are given. The finding is shared: do not mutate. */
export function judgeVisibility(analysis: TextAnalysis, options: VisibilityOptions = {}): VisibilityFinding | undefined {
  if (options.extraPresenceTerms && options.extraPresenceTerms.length > 0) return judgeVisibilityOnce(analysis, options);
  return plainVisibility(analysis, judgePlainVisibility);
}
export { analyzeClause, type Clause, type VerbUse, type CountedThing } from './clauses.js';
export { WordFamily, termFamily } from './lexicon/family.js';
export { LEADING_NOUNS } from './lexicon/work.js';
export { pastParticiple, baseForm, gerund } from './inflect.js';
