/** The language judgements behind the activity, calendar and visibility rules, for the rule kit. */
export { judgeWork, type WorkFinding, type WorkVocabularyOptions } from './judge-activity.js';
export { judgeCalendar, deadlineOf, type CalendarFinding, type CalendarOptions } from './judge-calendar.js';
export { judgeVisibility, type VisibilityFinding, type VisibilityKind, type VisibilityOptions } from './judge-visibility.js';
export { analyzeClause, type Clause, type VerbUse, type CountedThing } from './clauses.js';
export { WordFamily, termFamily } from './lexicon/family.js';
export { LEADING_NOUNS } from './lexicon/work.js';
export { pastParticiple, baseForm, gerund } from './inflect.js';
