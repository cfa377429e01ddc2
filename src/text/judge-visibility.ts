/**
 * Does a key result reward being seen rather than delivering? Looks for presence and
 * monitoring signals, hours put in, office attendance, internal chat response times and
 * message volume, and sets aside response times owed to customers and other outsiders,
 * incident work, review turnaround, focus time and wellbeing boundaries.
 */
import type { TextAnalysis } from './analysis.js';
import { analyzeClause, type Clause } from './clauses.js';
import { PERIOD_WORDS, RECURRENCE_WORDS, RITUAL_NOUNS, WEEKDAYS } from './lexicon/calendar.js';
import { OUTCOME_VERBS, OUTSIDE_PEOPLE, TASK_VERBS } from './lexicon/work.js';
import { extendedFamily, WordFamily, lazyFamily as family } from './lexicon/family.js';
import {
  ATTENDED_EVENTS, BEING_VERBS, BOUNDARY_MARKERS, CHAT_CHANNELS, EXTERNAL_AUDIENCES, HOURS_VERBS, NEGATIONS,
  LOGIN_OUTCOMES, PRESENCE_SIGNALS, PRESENCE_STATES, PUNCTUALITY, RELAXERS, RESPONSE_VERBS, SENDING_VERBS, STAFF_ONLY_SIGNALS,
} from './lexicon/visibility.js';
import type { Token } from './tokens.js';
import { isOwnPresence } from './visibility-place.js';
import { isChatToolTeams } from './word-sense.js';

export interface VisibilityOptions {
  extraPresenceTerms?: readonly string[];
}

export type VisibilityKind = 'presence' | 'hours' | 'chat' | 'messages' | 'punctuality' | 'attendance';

export interface VisibilityFinding {
  kind: VisibilityKind;
  /** The KR's own words that carry the signal ("idle", "Slack messages", "40 hours"). */
  signal: string;
}

const presenceSignals = family(PRESENCE_SIGNALS);
const families = {
  states: family(PRESENCE_STATES),
  being: family(BEING_VERBS.map((w) => `=${w}`)),
  channels: family(CHAT_CHANNELS),
  external: family(EXTERNAL_AUDIENCES),
  boundary: family(BOUNDARY_MARKERS),
  negation: family(NEGATIONS.map((w) => `=${w}`)),
  response: family(RESPONSE_VERBS),
  sending: family(SENDING_VERBS),
  hoursVerbs: family(HOURS_VERBS),
  punctuality: family(PUNCTUALITY),
  events: family(ATTENDED_EVENTS),
  attend: family(['attend', 'join', 'participate', 'dial in', 'be present']),
  people: family(['=you', '=your', '=we', '=our', 'everyone', 'team member', 'staff', 'employee', 'member', 'engineer', '=people', 'teammate', 'colleague', 'person', 'report', 'manager']),
  volume: family(['as many', 'as often', 'every time', 'throughout the day', 'all day', 'every day', 'each day', 'daily', 'hourly', 'message', 'per day', 'per hour']),
  relaxers: family(RELAXERS),
  arriving: family(['arrive', 'start work', 'be at work', 'get to work', 'turn up', 'show up']),
  outsiders: family(OUTSIDE_PEOPLE),
  outcome: family(OUTCOME_VERBS),
  rituals: family(RITUAL_NOUNS),
  recurring: family([...RECURRENCE_WORDS, ...WEEKDAYS]),
  possessives: family(['=your', '=our', '=my', '=their', '=his', '=her']),
  placeBeing: family(['=be', '=is', '=are', '=stay', '=stays', '=remain', '=remains', '=sit', '=sits', '=work', '=works']),
  colours: family(['=green', '=amber', '=yellow', '=red']),
  periods: family(PERIOD_WORDS),
  tasks: family(TASK_VERBS),
  loginOutcomes: family(LOGIN_OUTCOMES),
  owning: family(['=have', '=has', '=get', '=gets', '=receive', '=receives', '=with', '=need', '=needs']),
};
const signalCache = new Map<string, WordFamily>();

export function judgeVisibility(analysis: TextAnalysis, options: VisibilityOptions = {}): VisibilityFinding | undefined {
  const words = analysis.words;
  if (analysis.question || words.length === 0) return undefined;
  const external = externalAudience(words);
  if (isBoundary(words)) return undefined;

  const clause = analyzeClause(analysis);
  // "Clock 37.5 hours ...": the tagger may read an opening hours verb as a noun; the word still leads.
  const leadVerb = clause.verbs[0]?.token ?? (families.hoursVerbs().has(words[0]) && analysis.tokens[1]?.kind === 'number' ? words[0] : undefined);
  // Hours put in are named as such even when a tracker records them ("Log 35 hours a week in the tracker").
  const hours = !external && leadVerb && (families.hoursVerbs().has(leadVerb) || hoursAreTheObject(clause)) ? hoursQuantity(analysis) : undefined;
  if (hours) return { kind: 'hours', signal: hours };
  const putIn = external ? undefined : hoursPutIn(analysis);
  if (putIn) return { kind: 'hours', signal: putIn };
  // Attending a standing meeting is being seen, whoever else sits on it ("the monthly partner forum").
  const attended = attendedRitual(analysis, clause);
  if (attended) return { kind: 'attendance', signal: attended };

  const signals = extendedFamily(presenceSignals, PRESENCE_SIGNALS, options.extraPresenceTerms, signalCache);
  // "on-site job time", "badge scans at the trade show": a signal word that puts no one of the team anywhere is skipped.
  let strong = signals.find(words);
  while (strong >= 0 && !isOwnPresence(words, strong, signals.matchAt(words, strong), families.people())) strong = signals.find(words, strong + signals.matchAt(words, strong));
  // "Make cameras optional in 100% of meetings" relaxes the norm.
  if (strong >= 0 && families.relaxers().find(words, strong + 1, Math.min(words.length, strong + 4)) >= 0) return undefined;
  if (strong >= 0 && loginAsThing(words, clause, strong)) return undefined;
  if (strong >= 0 && !(external && isWeakSignal(words[strong]!))) return { kind: strongKind(words[strong]!), signal: matchText(analysis, signals, strong) };
  if (external) return undefined;

  const state = presenceState(words) ?? statusColour(words) ?? presenceInPlace(analysis);
  if (state) return { kind: 'presence', signal: state };
  const posted = ritualPostedByClock(analysis, clause);
  if (posted) return { kind: 'punctuality', signal: posted };

  const channel = findChannel(words);
  if (channel >= 0 && families.response().occursIn(words)) return { kind: 'chat', signal: matchText(analysis, families.channels(), channel) };
  // "Send 4 letters to lapsed donors" is outreach; the count is the team's activity, not chatter.
  const toOutsiders = words.some((w, i) => w.lower === 'to' && [1, 2].some((k) => families.outsiders().has(words[i + k])));
  if (channel >= 0 && !toOutsiders && words.some((w) => families.sending().has(w)) && (families.volume().occursIn(words) || analysis.quantities.some((q) => q.unit === 'count'))) {
    return { kind: 'messages', signal: matchText(analysis, families.channels(), channel) };
  }
  const arriving = families.arriving().find(words);
  if (arriving >= 0 && families.punctuality().occursIn(words)) return { kind: 'punctuality', signal: matchText(analysis, families.arriving(), arriving) };
  const event = families.events().find(words);
  if (event >= 0 && (families.attend().occursIn(words) || hasPhrase(words, 'on', 'time'))) return { kind: 'attendance', signal: matchText(analysis, families.events(), event) };
  return undefined;
}

/** A chat tool named in the words; "teams" counts only in its tool sense (word-sense.ts). */
function findChannel(words: Token[], from = 0): number {
  for (let at = families.channels().find(words, from); at >= 0; at = families.channels().find(words, at + 1)) {
    if (isChannelAt(words, at)) return at;
  }
  return -1;
}

function isChannelAt(words: Token[], i: number): boolean {
  if (families.channels().matchAt(words, i) === 0) return false;
  return words[i]!.lower !== 'teams' || isChatToolTeams(words, i);
}

/** "online", "active", "available" only count as presence next to a being verb or a chat tool, about people. */
function presenceState(words: Token[]): string | undefined {
  // An imperative "Be online" / "Stay available" addresses a person.
  const addressed = ['be', 'stay', 'remain', 'appear', 'show'].includes(words[0]?.lower ?? '');
  const aboutPeople = addressed || families.people().occursIn(words) || findChannel(words) >= 0;
  if (!aboutPeople) return undefined;
  for (let i = 0; i < words.length; i++) {
    if (!families.states().has(words[i])) continue;
    // "be visibly available": one adverb may sit between the being verb and the state.
    const adverb = words[i - 1]?.lower.endsWith('ly') ? 1 : 0;
    const before = [words[i - 1 - adverb], words[i - 2 - adverb]];
    const after = words[i + 1];
    const nearTool = (after?.lower === 'in' || after?.lower === 'on') && isChannelAt(words, i + 2);
    if (before.some((w) => families.being().has(w)) || nearTool) return words[i]!.text;
  }
  return undefined;
}

/** "No Slack messages between 20:00 and 07:00": a boundary protecting time off. */
function isBoundary(words: Token[]): boolean {
  return families.negation().has(words[0]) && families.boundary().occursIn(words) && !presenceSignalsIn(words);
}

function presenceSignalsIn(words: Token[]): boolean {
  return presenceSignals().occursIn(words);
}

/**
 * "Ship biometric login", "new starters have working logins": the login noun as a product
 * feature to build or an account someone holds, not staff being seen logged in. "Cut failed
 * logins", "login success rate": logins judged by whether they worked measure the system.
 */
function loginAsThing(words: Token[], clause: Clause, index: number): boolean {
  const word = words[index]!;
  if (!/^log-?ins?$/.test(word.lower)) return false;
  const built = clause.verbs.some((v) => families.tasks().has(v.token) && v.object.includes(word));
  const held = [1, 2, 3].some((back) => families.owning().has(words[index - back]));
  const judged = [-2, -1, 1, 2].some((offset) => families.loginOutcomes().has(words[index + offset]));
  return built || held || judged;
}

/** Signals an outside audience can carry too (students logging in, attendance of a customer webinar). */
function isWeakSignal(token: Token): boolean {
  return !STAFF_ONLY_SIGNALS.some((signal) => token.lower.startsWith(signal));
}

function strongKind(token: Token): VisibilityKind {
  if (['badge', 'badging', 'swipe', 'site', 'office', 'desk', 'on-site', 'onsite', 'rto', 'return-to-office'].some((w) => token.lower.startsWith(w))) return 'presence';
  return 'presence';
}

function matchText(analysis: TextAnalysis, family: WordFamily, index: number): string {
  const words = analysis.words;
  const length = Math.max(1, family.matchAt(words, index));
  return analysis.text.slice(words[index]!.start, words[index + length - 1]!.end);
}

/** "40 hours", "7.5 billable hours": a number of hours, with at most one word between. */
function hoursQuantity(analysis: TextAnalysis): string | undefined {
  for (const q of analysis.quantities) {
    if (q.unit === 'duration' && q.raw.toLowerCase().includes('h')) return q.raw;
    if (q.unit !== 'count') continue;
    const next = analysis.words.findIndex((w) => w.start >= q.end);
    for (const k of [next, next + 1]) {
      const word = analysis.words[k];
      if (word && (word.lower === 'hours' || word.lower === 'hour' || word.lower === 'hrs')) return analysis.text.slice(q.start, word.end);
    }
  }
  return undefined;
}

/** "the average hours per analyst logged in the tool": hours named with the verb that puts them in, no number needed. */
function hoursPutIn(analysis: TextAnalysis): string | undefined {
  const words = analysis.words;
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.lower !== 'hours' && words[i]!.lower !== 'hour') continue;
    for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
      // "hours logged on manual reconciliation" is time a task costs, not time put in to be seen.
      const onTask = ['on', 'for', 'against'].includes(words[k + 1]?.lower ?? '');
      if (HOURS_PARTICIPLES.has(words[k]!.lower) && !onTask) return analysis.text.slice(words[i]!.start, words[k]!.end);
    }
  }
  return undefined;
}

const HOURS_PARTICIPLES = new Set(['logged', 'worked', 'clocked', 'billed', 'recorded']);

function hasPhrase(words: Token[], first: string, second: string): boolean {
  return words.some((w, i) => w.lower === first && words[i + 1]?.lower === second);
}

/** Outside audiences, except a colleague's role that shares a word with them ("your account lead", "the team lead"). */
function externalAudience(words: Token[]): boolean {
  for (const [start] of families.external().findAll(words)) {
    const word = words[start]!;
    const colleague = word.lower === 'lead' && (families.possessives().has(words[start - 1]) || families.possessives().has(words[start - 2]));
    if (!colleague) return true;
  }
  return false;
}

/** "Track a full 8 hours in the tool", "Put in 40 hours": the hours themselves are what the verb acts on. */
function hoursAreTheObject(clause: Clause): boolean {
  const verb = clause.verbs[0];
  const head = verb?.head?.lower;
  // Only a person puts hours in: "Releases take 1 hour" is a duration.
  const byPerson = clause.imperative || families.people().has(clause.subjectHead);
  return verb !== undefined && byPerson && (head === 'hours' || head === 'hour' || head === 'hrs') && !families.outcome().has(verb.token);
}

/** "Attend the monthly board meeting", "Analysts join Friday trading review": an attend verb whose object is a standing meeting. */
function attendedRitual(analysis: TextAnalysis, clause: Clause): string | undefined {
  for (const verb of clause.verbs) {
    if (!families.attend().has(verb.token) || verb.modal) continue;
    const object = verb.object.filter((t) => t.kind === 'word');
    const standing = families.events().occursIn(object) || (families.recurring().occursIn(object) && object.length > 1);
    if (standing && object.length > 0) return analysis.text.slice(object[0]!.start, object[object.length - 1]!.end);
  }
  return undefined;
}

/** "keep their chat status green", "your status amber never": a person's status colour on any tool. */
function statusColour(words: Token[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.lower !== 'status') continue;
    const owned = [1, 2, 3].some((back) => families.possessives().has(words[i - back]));
    const colour = [words[i + 1], words[i + 2]].find((w) => families.colours().has(w) || families.states().has(w));
    if (owned && colour) return `status ${colour.text}`;
  }
  return undefined;
}

/** "Fellows are in the workshop from 9 to 5", "Be at your bench between 10 and 4": being in a place for a time window. */
function presenceInPlace(analysis: TextAnalysis): string | undefined {
  const words = analysis.words;
  for (let i = 0; i < words.length; i++) {
    if (!families.placeBeing().has(words[i])) continue;
    // Allow one adverb between: "are visibly in", "stay physically at".
    let k = i + 1;
    if (words[k]?.lower.endsWith('ly')) k++;
    if (words[k]?.lower !== 'in' && words[k]?.lower !== 'at') continue;
    const window = timeWindow(analysis, k + 1);
    if (window) return analysis.text.slice(words[i]!.start, window);
  }
  return undefined;
}

/** End offset of a time window after position `from`: "between 10 and 4", "from 9 to 5", "until 6pm". */
function timeWindow(analysis: TextAnalysis, from: number): number | undefined {
  const words = analysis.words;
  for (let k = from; k < Math.min(words.length, from + 6); k++) {
    const lower = words[k]!.lower;
    const pairEnd = lower === 'between' ? 'and' : lower === 'from' ? 'to' : undefined;
    const tokens = analysis.tokens;
    const at = tokens.indexOf(words[k]!);
    if (pairEnd && tokens[at + 1]?.kind === 'number' && tokens[at + 2]?.lower === pairEnd && tokens[at + 3]?.kind === 'number') return tokens[at + 3]!.end;
    if ((lower === 'until' || lower === 'till') && analysis.dates.some((d) => d.kind === 'time' && d.start > words[k]!.start)) return words[k]!.end;
  }
  return undefined;
}

/** "Post your check-in note by 9:15 every day": a routine update whose criterion is a clock time. */
function ritualPostedByClock(analysis: TextAnalysis, clause: Clause): string | undefined {
  const verb = clause.verbs[0];
  if (!verb || !families.sending().has(verb.token) || !families.rituals().occursIn(verb.object)) return undefined;
  const clock = analysis.dates.find((d) => d.kind === 'time' && analysis.tokens.some((t) => (t.lower === 'by' || t.lower === 'before') && d.start - t.end <= 1 && d.start > t.start));
  const words = analysis.words;
  const everyPeriod = words.some((w, i) => (w.lower === 'every' || w.lower === 'each') && families.periods().has(words[i + 1]));
  const daily = everyPeriod || families.volume().occursIn(words) || families.recurring().occursIn(words);
  return clock && daily ? `${phrase(analysis, verb.object)} by ${clock.raw}` : undefined;
}

function phrase(analysis: TextAnalysis, tokens: readonly Token[]): string {
  return tokens.length === 0 ? '' : analysis.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
}
