/**
 * Is a key result's success a calendar fact? Three shapes: a recurring ritual held or
 * attended ("weekly sync", "1:1 every two weeks"), on-time delivery ("releases ship on
 * time"), and an output whose only criterion is a deadline ("Launch the portal by March 15").
 */
import type { TextAnalysis } from './analysis.js';
import { analyzeClause, phraseAt, type Clause } from './clauses.js';
import { judgeWork, type WorkVocabularyOptions } from './judge-activity.js';
import { holdsLevel } from './judge-activity-shapes.js';
import {
  ATTEND_VERBS, CADENCE_INITIALS, CALENDAR_BLOCKS, MEETING_FINALS, WEEKDAYS, DEADLINE_SHORTHANDS, FREQUENCY_WORDS, ON_TIME_WORDS, PERIOD_ENDS, PERIOD_WORDS, PRESENCE_PUNCTUALITY,
  RECURRENCE_WORDS, RITUAL_METRICS, RITUAL_NOUNS, TIME_ENTRY_OBJECTS, TIME_ENTRY_VERBS,
} from './lexicon/calendar.js';
import { extendedFamily, WordFamily, lazyFamily as family } from './lexicon/family.js';
import { OUTCOME_VERBS } from './lexicon/work.js';
import { isMonth } from './numbers.js';
import { tokenTags, wordTags } from './tags.js';
import type { Token } from './tokens.js';

export interface CalendarOptions extends WorkVocabularyOptions {
  extraRitualWords?: readonly string[];
}

export type CalendarFinding =
  | { kind: 'ritual'; ritual: string; recurrence?: string; attended: boolean }
  | { kind: 'onTime'; phrase: string }
  | { kind: 'calendarBlock'; block: string }
  | { kind: 'deadline'; deadline: string; what: string; verb?: string };

const ritualNouns = family(RITUAL_NOUNS);
const families = {
  recurrence: family(RECURRENCE_WORDS),
  frequency: family(FREQUENCY_WORDS),
  ritualMetric: family(RITUAL_METRICS),
  period: family(PERIOD_WORDS),
  attend: family(ATTEND_VERBS),
  timeEntryVerb: family(TIME_ENTRY_VERBS),
  timeEntryObject: family(TIME_ENTRY_OBJECTS),
  block: family(CALENDAR_BLOCKS),
  onTime: family(ON_TIME_WORDS),
  presence: family(PRESENCE_PUNCTUALITY),
  /** "Be on time for every stand-up": punctual attendance. */
  outsiders: family(['customer', 'client', 'prospect', 'patient', 'supplier', 'vendor', 'partner', 'sales', 'support', 'user']),
  eventVerb: family(['hold', 'host', 'run', 'organise', 'organize', 'facilitate', 'chair', 'attend', 'join', 'convene']),
  punctualFor: family(['on time for', 'on time to', 'punctual for', 'punctual to']),
  shorthand: family(DEADLINE_SHORTHANDS),
  periodEnd: family(PERIOD_ENDS),
  weekdays: family(WEEKDAYS),
  /** Verbs that move a metric; keeping or protecting a calendar slot does not. */
  outcome: family(OUTCOME_VERBS.filter((v) => !['keep', 'hold', 'protect', 'secure', 'ensure', 'maintain', 'sustain'].includes(v))),
};
const ritualCache = new Map<string, WordFamily>();

export function judgeCalendar(analysis: TextAnalysis, options: CalendarOptions = {}): CalendarFinding | undefined {
  if (analysis.question || analysis.words.length === 0) return undefined;
  const words = analysis.words;
  const rituals = extendedFamily(ritualNouns, RITUAL_NOUNS, options.extraRitualWords, ritualCache);
  const clause = analyzeClause(analysis);
  const leadVerb = clause.imperative ? clause.verbs[0]?.token : undefined;
  const movesMetric = leadVerb !== undefined && families.outcome().has(leadVerb);

  const block = families.block().find(words);
  if (block >= 0 && !movesMetric) return { kind: 'calendarBlock', block: span(analysis, words, block, families.block().matchAt(words, block)) };

  const onTime = families.onTime().find(words);
  // "Lift on-time shipments from 88% to 95%" is an outcome metric about punctuality, not a date criterion.
  const punctualityMetric = analysis.range !== undefined || (movesMetric && onTime >= 0 && (clause.verbs[0]?.object.includes(words[onTime]!) ?? false));
  const presencePunctuality = families.presence().occursIn(words) && rituals.find(words) < 0;
  if (onTime >= 0 && !punctualityMetric && !presencePunctuality) {
    return { kind: 'onTime', phrase: span(analysis, words, onTime, families.onTime().matchAt(words, onTime)) };
  }

  // "Ship 97% of parcels before the 4pm collection": a share done before a clock time is on-time delivery.
  const clock = clockDeadline(analysis);
  if (clock && !punctualityMetric && !presencePunctuality && (analysis.quantities.some((q) => q.unit === 'percent') || recurrenceOf(analysis))) return { kind: 'onTime', phrase: clock };

  if (!movesMetric) {
    const ritual = findRitual(analysis, rituals) ?? namedRitual(analysis, clause);
    if (ritual) return ritual;
  }

  const deadline = deadlineOf(analysis);
  if (deadline) {
    const work = judgeWork(analysis, options);
    if (work) return { kind: 'deadline', deadline, what: work.what, verb: work.verb };
  }
  return undefined;
}

function findRitual(analysis: TextAnalysis, rituals: WordFamily): CalendarFinding | undefined {
  const words = analysis.words;
  const recurrence = recurrenceOf(analysis);
  const attended = families.attend().occursIn(words) || families.punctualFor().occursIn(words);
  const oneOnOne = findOneOnOne(analysis.tokens);
  if (oneOnOne && (recurrence || attended)) return { kind: 'ritual', ritual: oneOnOne, recurrence, attended };
  for (const [start, length] of rituals.findAll(words)) {
    // "weekly meeting time", "meeting load": a metric about the ritual, not the ritual.
    if (families.ritualMetric().has(words[start + length])) continue;
    // "every meeting", "after each steering committee meeting" ("all testing" is scope, not recurrence).
    // "Log every customer call within a day" is record keeping with a turnaround, not a ritual.
    const everyBefore = [1, 2, 3].some((back) => ['every', 'each'].includes(words[start - back]?.lower ?? '')) && !hasTurnaround(analysis) && !families.outsiders().has(words[start - 1]);
    // "Review 5,000 listings each week": the ritual word is the verb of counted work, not a meeting.
    if (countedWorkVerb(analysis, words[start]!)) continue;
    if (recurrence || attended || everyBefore) return { kind: 'ritual', ritual: ritualName(analysis, start, length), recurrence, attended };
  }
  // "Host an open day every term": an event verb with a cadence is a ritual whatever the event is called.
  const lead = words[0];
  const measuresSomething = analysis.quantities.some((q) => q.unit !== 'count') || analysis.range !== undefined || (lead !== undefined && holdsLevel(analysis, lead));
  const cadence = recurrence ?? cadenceOf(analysis);
  if (cadence && lead && families.eventVerb().has(lead) && !measuresSomething) {
    const tokens = analysis.tokens;
    const clauseObject = phraseAt(tokens, tokens.indexOf(lead) + 1, tokenTags(analysis));
    const words = clauseObject.filter((t) => t.kind === 'word' && !['a', 'an', 'the', 'our'].includes(t.lower));
    // "Hold a book swap twice a month": the object stops where the cadence starts (unless it opens it: "weekly crits").
    const cadenceStart = analysis.text.toLowerCase().indexOf(cadence.toLowerCase(), lead.end);
    const beforeCadence = words.filter((t) => t.end <= cadenceStart);
    const named = beforeCadence.length > 0 ? beforeCadence : words;
    if (named.length > 0) return { kind: 'ritual', ritual: analysis.text.slice(named[0]!.start, named[named.length - 1]!.end), recurrence: cadence, attended: families.attend().has(lead) };
  }
  // "Enter your time each day", "Submit the timesheet every Friday".
  const entryVerb = words.findIndex((w) => families.timeEntryVerb().has(w));
  if (entryVerb >= 0 && recurrence && families.timeEntryObject().find(words, entryVerb + 1, Math.min(words.length, entryVerb + 4)) >= 0) {
    return { kind: 'ritual', ritual: span(analysis, words, entryVerb, Math.min(3, words.length - entryVerb)), recurrence, attended: false };
  }
  return undefined;
}

function countedWorkVerb(analysis: TextAnalysis, word: Token): boolean {
  const first = analysis.tokens[0];
  return first === word && analysis.tokens[1]?.kind === 'number' && analysis.quantities.some((q) => q.unit === 'count' && q.start === analysis.tokens[1]!.start);
}

function hasTurnaround(analysis: TextAnalysis): boolean {
  return analysis.tokens.some((t) => (t.lower === 'within' || t.lower === 'in') && analysis.quantities.some((q) => q.unit === 'duration' && q.start > t.start && q.start - t.end <= 12));
}

/** The ritual with the nouns that name it: "pipeline review", "steering committee meeting". */
function ritualName(analysis: TextAnalysis, start: number, length: number): string {
  const words = analysis.words;
  const tags = wordTags(analysis);
  let first = start;
  while (first > 0 && start - first < 2 && tags[first - 1]?.startsWith('NN') && !families.recurrence().has(words[first - 1]) && words[first - 1]!.end + 1 >= words[first]!.start) first--;
  return span(analysis, words, first, start - first + length);
}

/** "weekly", "every sprint", "each Monday", "every two weeks": the text of the recurrence, if any. */
function recurrenceOf(analysis: TextAnalysis): string | undefined {
  const words = analysis.words;
  for (let i = 0; i < words.length; i++) {
    if (families.recurrence().has(words[i])) return words[i]!.text;
    if (families.frequency().has(words[i]) && ['a', 'an', 'per', 'each', 'every'].includes(words[i + 1]?.lower ?? '') && families.period().matchAt(words, i + 2) > 0) {
      return analysis.text.slice(words[i]!.start, words[i + 1 + families.period().matchAt(words, i + 2)]!.end);
    }
    if (words[i]!.lower !== 'every' && words[i]!.lower !== 'each') continue;
    const next = analysis.tokens.findIndex((t) => t.start > words[i]!.start);
    const after = analysis.tokens.slice(next, next + 4);
    const afterWords = after.filter((t) => t.kind === 'word');
    // "every two weeks" arrives as a number then a period word.
    for (let k = 0; k < Math.min(3, afterWords.length); k++) {
      const length = families.period().matchAt(afterWords, k);
      if (length > 0) return analysis.text.slice(words[i]!.start, afterWords[k + length - 1]!.end);
    }
  }
  return undefined;
}

/**
 * Rituals known by their shape rather than their noun: an attended slot on a weekday ("attends
 * Friday reading group") or an event verb with a cadence acronym ("Hold MBRs with ...").
 */
function namedRitual(analysis: TextAnalysis, clause: Clause): CalendarFinding | undefined {
  for (const verb of clause.verbs) {
    const object = verb.object.filter((t) => t.kind === 'word' && !['a', 'an', 'the', 'our', 'their', 'all'].includes(t.lower));
    if (object.length === 0) continue;
    const name = analysis.text.slice(object[0]!.start, object[object.length - 1]!.end);
    const weekday = object.find((t) => families.weekdays().has(t));
    if (families.attend().has(verb.token) && weekday && object.length > 1) return { kind: 'ritual', ritual: name, recurrence: weekday.text, attended: true };
    const head = verb.head;
    if (families.eventVerb().has(verb.token) && head && isCadenceAcronym(head.text)) return { kind: 'ritual', ritual: head.text, recurrence: head.text, attended: families.attend().has(verb.token) };
  }
  return undefined;
}

/** "QBR", "WBRs", "MBR": an acronym whose first letter is a cadence and last a kind of meeting. */
function isCadenceAcronym(text: string): boolean {
  const bare = text.endsWith('s') ? text.slice(0, -1) : text;
  if (!/^[A-Z]{2,4}$/.test(bare)) return false;
  const lower = bare.toLowerCase();
  return CADENCE_INITIALS.includes(lower[0]!) && MEETING_FINALS.includes(lower[lower.length - 1]!);
}

/** "Run two playtests a month", "Host 3 tastings per quarter": a count of events per period. */
function cadenceOf(analysis: TextAnalysis): string | undefined {
  const words = analysis.words;
  if (!analysis.quantities.some((q) => q.unit === 'count')) return undefined;
  for (let i = 1; i < words.length - 1; i++) {
    if (!['a', 'an', 'per'].includes(words[i]!.lower) || NOT_A_CADENCE.has(words[i - 1]!.lower)) continue;
    const length = families.period().matchAt(words, i + 1);
    if (length > 0) return analysis.text.slice(words[i]!.start, words[i + length]!.end);
  }
  return undefined;
}

const NOT_A_CADENCE = new Set(['in', 'within', 'for', 'than', 'over', 'under', 'after', 'before', 'of', 'by', 'half', 'once', 'twice', 'times', 'about', 'around', 'during', 'inside']);

/** "before the 5pm collection", "by 9:30": a clock time as the deadline. */
function clockDeadline(analysis: TextAnalysis): string | undefined {
  const tokens = analysis.tokens;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i]!.lower !== 'by' && tokens[i]!.lower !== 'before') continue;
    const at = tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
    const time = analysis.dates.find((d) => d.kind === 'time' && d.start === tokens[at]?.start);
    if (time) return analysis.text.slice(tokens[i]!.start, time.end);
  }
  return undefined;
}

/** "1:1", "1-1", "1-on-1": split by the tokenizer into number, symbol, number. */
function findOneOnOne(tokens: Token[]): string | undefined {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [a, b, c] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (a.text === '1' && (b.text === ':' || b.text === '-' || b.text === '/') && c.text === '1' && b.start === a.end && c.start === b.end) return '1:1';
    if (a.text === '1' && b.lower === '-on-' ) return '1-on-1';
  }
  return undefined;
}

/** "by March 15", "by end of January", "by the end of the quarter", "before June", "by EOQ". */
export function deadlineOf(analysis: TextAnalysis): string | undefined {
  const tokens = analysis.tokens;
  for (let i = 0; i < tokens.length - 1; i++) {
    const lower = tokens[i]!.lower;
    const anchored = lower === 'within' ? withinOfPeriodEnd(analysis, i) : undefined;
    if (anchored) return anchored;
    if (lower !== 'by' && lower !== 'before' && lower !== 'until') continue;
    let j = i + 1;
    if (tokens[j]?.lower === 'the') j++;
    const t = tokens[j];
    if (!t) continue;
    const date = analysis.dates.find((d) => d.start === t.start);
    if (date) return analysis.text.slice(tokens[i]!.start, date.end);
    if (t.kind === 'word' && isMonth(t.lower) && t.lower !== 'may') return analysis.text.slice(tokens[i]!.start, t.end);
    if (families.shorthand().has(t)) return analysis.text.slice(tokens[i]!.start, t.end);
    // "before the first day of term": a day named by the period it opens or closes.
    if ((t.lower === 'first' || t.lower === 'last') && ['day', 'week'].includes(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.lower === 'of') j++;
    const opener = tokens[j]!;
    if ((opener.lower === 'end' || opener.lower === 'close' || opener.lower === 'start' || opener.lower === 'day' || opener.lower === 'week') && tokens[j + 1]?.lower === 'of') {
      let k = j + 2;
      if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'this' || tokens[k]?.lower === 'next') k++;
      const what = tokens[k];
      if (what && (families.periodEnd().has(what) || isMonth(what.lower) || analysis.dates.some((d) => d.start === what.start))) {
        return analysis.text.slice(tokens[i]!.start, what.end);
      }
    }
  }
  return undefined;
}

/** "within 15 days of quarter end", "within a week of the end of term": a deadline counted from a period's end. */
function withinOfPeriodEnd(analysis: TextAnalysis, i: number): string | undefined {
  const tokens = analysis.tokens;
  const of = tokens.findIndex((t, k) => k > i && k <= i + 4 && t.lower === 'of');
  if (of < 0 || !analysis.quantities.some((q) => q.unit === 'duration' && q.start > tokens[i]!.start && q.end <= tokens[of]!.start)) return undefined;
  let k = of + 1;
  if (['the', 'this', 'each', 'every'].includes(tokens[k]?.lower ?? '')) k++;
  const anchor = tokens[k];
  if (!anchor || !(families.periodEnd().has(anchor) || families.shorthand().has(anchor) || anchor.lower === 'end' || anchor.lower === 'close')) return undefined;
  const last = ['end', 'close'].includes(tokens[k + 1]?.lower ?? '') ? tokens[k + 1]! : anchor;
  return analysis.text.slice(tokens[i]!.start, last.end);
}

function span(analysis: TextAnalysis, words: readonly Token[], start: number, length: number): string {
  return analysis.text.slice(words[start]!.start, words[start + Math.max(1, length) - 1]!.end);
}
