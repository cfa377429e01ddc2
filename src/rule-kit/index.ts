/**
 * The rule kit: everything a rule (built-in or plugin) may import. Rules never touch
 * the file system, the YAML tree or natural directly.
 */
export { defineRule, perAnalysis, perOptions } from './define.js';
export type * from './types.js';
export { analyzeText, stem, singular, tokenize, isMonth, isWeekday, parseNumeral } from '../text/index.js';
export type { Quantity, QuantityRange, QuantityUnit, DateMention, Token } from '../text/index.js';
export { hasAnyStem, stemsOf, firstVerb, describeQuantity, rewriteWithRange } from './helpers.js';
export { quoteAround, quoteText, QUOTE_LIMIT } from './quote.js';
export { mayHoldPlaceholder } from '../text/placeholders.js';
export { bandOf, describeChange, holdTheLine, metricOf, objectAfter, placeholderRewrite, quoteMove, relativeRewrite, zeroMetricOf } from './baseline-wording.js';
export { DELIVERABLE_NOUNS, DELIVERABLE_VERBS, EFFORT_VERBS, METRIC_VERBS, comparableValue, countedWords, describeTarget, displayQuantity, inEmbeddedQuestion, isSubjectNoun, quantityOfValue, sameScale, inParentheses, placeholderRole, rewriteAsMove, verbDirection, verbsBefore } from './helpers.js';
export type { TargetParts } from './helpers.js';
export { ensuredState, isComparative, isDegreeVerb, makesAnAim, softOutcomeHead, tagsByToken } from './vagueness.js';
export { parsePeriod, parseIsoDay, periodContains } from './period.js';
export type { PlanningPeriod } from './period.js';
export { analysisContent, statementContent, compareStatements } from '../text/similarity.js';
export { closestName, nameMatcher } from '../text/name-matcher.js';
export type { StatementContent, StatementComparison } from '../text/similarity.js';
export { judgeWork, judgeCalendar, judgeVisibility, deadlineOf, analyzeClause, WordFamily, termFamily, LEADING_NOUNS, pastParticiple, baseForm, gerund } from '../text/judgements.js';
export type { WorkFinding, WorkVocabularyOptions, CalendarFinding, CalendarOptions, VisibilityFinding, VisibilityKind, VisibilityOptions, Clause, VerbUse, CountedThing } from '../text/judgements.js';
