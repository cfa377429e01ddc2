/**
 * Signals that a key result is measured rather than done, or belongs to another rule:
 * a metric that changes ("Build times drop from 20 to 8 minutes"), a turnaround target
 * ("within 2 business days"), or an on-time criterion (kr-calendar-weighted).
 */
import { wordTable } from './word-table.js';
import type { Quantity, TextAnalysis } from './analysis.js';
import type { Token } from './tokens.js';
import { pastParticiple } from './inflect.js';
import { lazy, lazyFamily } from './lexicon/family.js';
import { TURNAROUND_UNITS } from './lexicon/work.js';
import { DEADLINE_SHORTHANDS, PERIOD_ENDS } from './lexicon/calendar.js';
import { tokenTags } from './tags.js';

const turnaroundUnits = lazyFamily(TURNAROUND_UNITS);
/** "within 15 days of quarter end", "... of launch": the time runs from a calendar point, not a request. */
const calendarAnchors = lazyFamily([...PERIOD_ENDS, ...DEADLINE_SHORTHANDS, 'launch', 'go-live', 'kickoff', 'kick-off', 'the end', 'the start', 'the close']);

/** "Build times drop from 20 to 8 minutes": a metric as subject of a change verb, whatever word opens it. */
export function isMetricSentence(analysis: TextAnalysis): boolean {
  const tokens = analysis.tokens;
  const tags = tokenTags(analysis);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const form = CHANGE_VERB_FORMS().get(t.lower);
    if (t.kind !== 'word' || !form) continue;
    const afterNoun = tags[i - 1]?.startsWith('NN') || tags[i - 1] === 'CD';
    // "completion rises", "times drop" (a base form after a plural subject), "costs fell".
    const next = tokens[i + 1];
    // "Open findings from the audit go from 7 to 0": a change between two values is a metric's, whatever the subject.
    const betweenValues = next?.lower === 'from' && tokens[i + 2]?.kind === 'number';
    const finite = form === 'inflected' || tags[i - 1] === 'NNS' || tags[i - 1] === 'CD' || betweenValues;
    const towardsValue = !next || next.kind === 'number' || CHANGE_PREPOSITIONS.has(next.lower);
    if (afterNoun && finite && towardsValue) return true;
  }
  return opensWithMetricComparison(tokens, tags);
}

/**
 * "Incident rate (IR) down from 2.1 to 1.2", "p95 < 300ms for refresh": a noun phrase, maybe with
 * an acronym in brackets, then a direction word or comparison sign and a value. No verb is needed.
 */
function opensWithMetricComparison(tokens: readonly Token[], tags: readonly string[]): boolean {
  let previous = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Skip a bracketed acronym so the word before the brackets is what the sign follows.
    if (t.text === '(' || t.text === ')' || (tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')')) continue;
    const afterName = previous >= 0 && (tags[previous]?.startsWith('NN') || tags[previous] === 'CD');
    const next = tokens[i + 1];
    const toValue = next !== undefined && (next.kind === 'number' || (CHANGE_PREPOSITIONS.has(next.lower) && tokens[i + 2]?.kind === 'number'));
    if (afterName && toValue && (COMPARISON_SIGNS.has(t.text) || DIRECTION_WORDS.has(t.lower))) return true;
    // Only the opening noun phrase may carry the sign; a verb or preposition ends it.
    if (t.kind === 'word' && !(tags[i]?.startsWith('NN') || tags[i]?.startsWith('JJ'))) return false;
    previous = i;
  }
  return false;
}

const COMPARISON_SIGNS = new Set(['<', '>', '<=', '>=', '≤', '≥', '=']);
const DIRECTION_WORDS = new Set(['down', 'up']);

/** Verbs a metric does, by exact form (so "improvements" is not "improves"). */
const CHANGE_VERB_FORMS = lazy(() => {
  const forms = new Map<string, 'base' | 'inflected'>();
  const irregular = wordTable<string[]>({ rise: ['rose', 'risen'], fall: ['fell', 'fallen'], grow: ['grew', 'grown'], shrink: ['shrank', 'shrunk'], go: ['goes', 'went'], hit: [] });
  for (const verb of ['rise', 'fall', 'drop', 'increase', 'decrease', 'reach', 'improve', 'grow', 'decline', 'climb', 'shrink', 'stay', 'remain', 'exceed', 'hit', 'go', 'move', 'double', 'halve', 'triple']) {
    forms.set(verb, 'base');
    const s = verb.endsWith('ch') || verb.endsWith('sh') ? `${verb}es` : `${verb}s`;
    for (const inflected of [s, pastParticiple(verb), ...(irregular[verb] ?? [])]) forms.set(inflected, 'inflected');
  }
  return forms;
});

const CHANGE_PREPOSITIONS = new Set(['from', 'to', 'by', 'below', 'under', 'above', 'over', 'at', 'beyond', 'past', 'into']);

/** "within 24 hours", "in under 2 business days", "within 1 iteration": a turnaround target ("under 2 s" alone is a threshold). */
export function isTurnaroundTarget(analysis: TextAnalysis, end = analysis.text.length): boolean {
  const words = analysis.tokens;
  for (let i = 0; i < words.length && words[i]!.start < end; i++) {
    const lower = words[i]!.lower;
    if (lower !== 'within' && lower !== 'in') continue;
    for (let k = i + 1; k <= i + 4 && k < words.length; k++) {
      const t = words[k]!;
      if (t.kind === 'symbol' && t.text !== '-') break;
      // "within 15 days of quarter end" anchors a deadline to an event; it is no turnaround.
      if (turnaroundUnits().has(t) && (k > i + 1)) return !(words[k + 1]?.lower === 'of' && calendarAnchors().has(words[k + 2]));
    }
  }
  return false;
}

const ON_TIME = lazyFamily(['on time', 'on-time', 'on schedule', 'slip', 'slippage', 'deadline', 'due date']);

export function mentionsOnTime(analysis: TextAnalysis): boolean {
  return ON_TIME().occursIn(analysis.words);
}

// Numbers in a key result, as the work judges read them.

/** "Ship 95% of orders the same day": a share of others' results is a service level. */
export function shareInObject(analysis: TextAnalysis, object: readonly Token[]): boolean {
  return analysis.quantities.some((q) => q.unit === 'percent' && q.value < 100 && object.some((t) => t.start === q.start));
}

/** A count (not a share) inside the object: "Deliver 600 MQLs" counts them; "Migrate 100% of customers" rolls out to them. */
export function countsInObject(analysis: TextAnalysis, object: readonly Token[]): boolean {
  return analysis.quantities.some((q) => q.unit === 'count' && object.some((t) => t.start === q.start));
}

export function hasPercent(analysis: TextAnalysis): boolean {
  return analysis.quantities.some((q) => q.unit === 'percent');
}

/** A number that measures a level (a percentage, a time, money, a count above one); "100%" of a rollout is scope. */
export function hasMeasure(analysis: TextAnalysis): boolean {
  return analysis.quantities.some((q) => (q.unit !== 'count' || q.value > 1) && !(q.unit === 'percent' && q.value === 100)) || analysis.placeholders.length > 0;
}

export function firstCount(analysis: TextAnalysis): Quantity | undefined {
  return analysis.quantities.find((q) => q.unit === 'count');
}

/** The only numbers are dates: "by 15 March", "by December". */
export function deadlineOnly(analysis: TextAnalysis): boolean {
  return analysis.dates.length > 0 || analysis.words.some((w, i) => (w.lower === 'by' || w.lower === 'before') && /^[A-Z]/.test(analysis.words[i + 1]?.text ?? ''));
}

/**
 * Where the main clause ends: "Automate X | so that 90% of ...", "Hand over X on the date, | with fewer
 * than 20 ...". The subordinate clause states the effect; the main clause's verb says what is done.
 */
export function mainClauseEnd(analysis: TextAnalysis): number {
  const tokens = analysis.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]?.lower;
    if ((t.lower === 'so' && (next === 'that' || tokens[i + 1]?.kind === 'number')) || t.lower === 'whereby' || (t.text === ',' && next === 'with')) return t.start;
  }
  return analysis.text.length;
}
