/**
 * Is a key result's success work done rather than an effect? Reads the clause: the main
 * verb's class (task, event, outcome, neutral), what its object is (the team's own output,
 * other people's results, a metric), who performs a counted thing, and whether the KR is
 * really a turnaround SLA or an on-time criterion (judged by other rules).
 */
import type { Quantity, TextAnalysis } from './analysis.js';
import { analyzeClause, familyNamesHead, type Clause, type CountedThing, type VerbUse } from './clauses.js';
import { extendedFamily, WordFamily, lazyFamily as family } from './lexicon/family.js';
import {
  ARTEFACT_NOUNS, AUDIENCE_NOUNS, ARTEFACT_VERBS, EVENT_VERBS, METRIC_NOUNS, NEUTRAL_VERBS, OTHERS_RESULT_NOUNS, OUTCOME_VERBS, OUTSIDE_PEOPLE,
  OUTPUT_NOUNS, PEOPLE_AT_WORK, POSSESSED_ARTEFACTS, STAFF_NOUNS, STATE_WORDS, TASK_VERBS, WEAK_TASK_VERBS,
} from './lexicon/work.js';
import {
  countsInObject, deadlineOnly, firstCount, hasMeasure, hasPercent, isMetricSentence, isTurnaroundTarget, mainClauseEnd, mentionsOnTime, shareInObject,
} from './work-signals.js';
import { analysisMemo } from './memo.js';
import type { Token } from './tokens.js';
import { comparativeAt, frequencyCount, holdsLevel, objectComplementAt, OPEN_CLASS_DETERMINERS, phraseText } from './judge-activity-shapes.js';

export interface WorkVocabularyOptions {
  extraActivityNouns?: readonly string[];
  extraTaskVerbs?: readonly string[];
}

export interface WorkFinding {
  /** 'activity': counts outputs or events the team performs; 'task': a deliverable or task to finish. */
  kind: 'activity' | 'task';
  /** The main verb as written ("Publish"), when there is one. */
  verb?: string;
  /** What is done or counted, in the KR's own words ("blog posts", "the new onboarding flow"). */
  what: string;
  /** The count of outputs, for activity counts ("3"). */
  count?: Quantity;
  /** Every word naming the work, for the leading-indicator check. */
  words: Token[];
  /** The counted things are acted on, not produced ("Migrate 12 clinics", "Train 60 reps"): the effect is the work's. */
  actedOn?: boolean;
}

const taskVerbs = family(TASK_VERBS);
const outputNouns = family(OUTPUT_NOUNS);
const families = {
  event: family(EVENT_VERBS),
  weak: family(WEAK_TASK_VERBS),
  neutral: family(NEUTRAL_VERBS),
  outcome: family(OUTCOME_VERBS),
  others: family(OTHERS_RESULT_NOUNS),
  metric: family(METRIC_NOUNS),
  staff: family(STAFF_NOUNS),
  state: family(STATE_WORDS),
  artefact: family(ARTEFACT_NOUNS),
  artefactVerb: family(ARTEFACT_VERBS),
  possessed: family(POSSESSED_ARTEFACTS),
  people: family(OUTSIDE_PEOPLE),
  workers: family(PEOPLE_AT_WORK),
  interaction: family(['interview', 'call', 'email', 'visit', 'meet', 'train', 'coach', 'survey', 'contact', 'demo', 'phone', 'shadow', 'host', 'brief', 'mentor']),
  hiring: family(['hire', 'recruit', 'staff', 'appoint', 'add']),
  /** Measuring or building a metric is itself a task: "Track time to first value", "Set up a health score". */
  measuring: family(['measure', 'track', 'monitor', 'instrument', 'report', 'start', 'begin', 'enter', 'fill', 'submit', 'log', 'record', 'set up', 'build', 'create', 'define', 'design', 'introduce', 'implement', 'develop', 'establish']),
  growth: family(['grow', 'increase', 'expand', 'double', 'triple', 'scale', 'enlarge', 'extend']),
  /** Verbs of obtaining a yes/no result: "Achieve the certification", "Obtain approval". */
  audience: family(AUDIENCE_NOUNS),
  attain: family(['achieve', 'attain', 'obtain', 'gain', 'earn', 'pass']),
  /** Verbs of keeping a record: "Agents log 20 calls a week". */
  recording: family(['log', 'record', 'note', 'capture', 'enter']),
};
/** Every verb the vocabulary classes; a leading verb outside them is judged by its object alone. */
const knownVerbs = family([...TASK_VERBS, ...OUTCOME_VERBS, ...NEUTRAL_VERBS, ...EVENT_VERBS, 'grow', 'increase', 'expand', 'scale', 'extend']);
const taskVerbCache = new Map<string, WordFamily>();
const outputNounCache = new Map<string, WordFamily>();

interface Vocabulary {
  task: WordFamily;
  output: WordFamily;
}

function vocabulary(options: WorkVocabularyOptions): Vocabulary {
  return {
    task: extendedFamily(taskVerbs, TASK_VERBS, options.extraTaskVerbs, taskVerbCache),
    output: extendedFamily(outputNouns, OUTPUT_NOUNS, options.extraActivityNouns, outputNounCache),
  };
}

/** Findings with the built-in vocabulary, per analysis: the activity rule and the calendar judge both ask. */
const plainFindings = analysisMemo<TextAnalysis, WorkFinding | undefined>();
const judgePlainWork = (analysis: TextAnalysis) => judgeWorkOnce(analysis, {});

/** Is the key result's success work done? With no extra vocabulary the finding is shared: do not mutate. */
export function judgeWork(analysis: TextAnalysis, options: WorkVocabularyOptions = {}): WorkFinding | undefined {
  if (options.extraActivityNouns?.length || options.extraTaskVerbs?.length) return judgeWorkOnce(analysis, options);
  return plainFindings(analysis, judgePlainWork);
}

function judgeWorkOnce(analysis: TextAnalysis, options: WorkVocabularyOptions): WorkFinding | undefined {
  if (analysis.question || analysis.words.length === 0) return undefined;
  const vocab = vocabulary(options);
  const clause = analyzeClause(analysis, (token) => vocab.task.has(token));
  // "Run the review and circulate notes within 2 days": a turnaround on the team's own event is still the event.
  const leadsWithEvent = clause.imperative && clause.verbs[0] !== undefined && families.event().has(clause.verbs[0].token) && !families.neutral().has(clause.verbs[0].token);
  if (isTurnaroundTarget(analysis, clause.imperative ? mainClauseEnd(analysis) : undefined) && !leadsWithEvent) return undefined;
  if (mentionsOnTime(analysis) && !singleDeliverable(clause, analysis)) return undefined;
  if (isMetricSentence(analysis)) return undefined;
  return clause.imperative ? judgeImperative(clause, analysis, vocab) : judgeDeclarative(clause, analysis, vocab);
}

/** "Deliver the new portal on schedule": one determined thing to hand over, with no level to reach. */
function singleDeliverable(clause: Clause, analysis: TextAnalysis): boolean {
  const verb = clause.verbs[0];
  const head = verb?.head;
  if (!clause.imperative || !verb || !head || hasMeasure(analysis) || !taskVerbs().has(verb.token)) return false;
  const plural = head.lower.endsWith('s') && !head.lower.endsWith('ss');
  return !plural && ['the', 'our', 'its', 'their'].includes(verb.object[0]?.lower ?? '');
}

function judgeImperative(clause: Clause, analysis: TextAnalysis, vocab: Vocabulary): WorkFinding | undefined {
  for (const verb of clause.verbs) {
    const finding = judgeVerb(verb, clause, analysis, vocab);
    if (finding) return finding;
  }
  return undefined;
}

/** What one imperative verb use says about the KR, computed once and read by the per-class judges below. */
interface VerbReading {
  verb: VerbUse;
  clause: Clause;
  analysis: TextAnalysis;
  vocab: Vocabulary;
  objectText: string;
  /** The object counts or names other people's results ("Deliver 600 MQLs", "Support customers"). */
  othersHead: boolean;
  /** The object is a metric ("Get review turnaround under 6 h"), unless the verb sets up its measurement. */
  metricHead: boolean;
  /** A counted thing the vocabulary knows as the team's output ("3 blog posts"). */
  countedOutput?: CountedThing;
  /** Any count inside the object of a doing verb ("Produce 24 clips"). */
  countedInObject?: CountedThing;
  is(verbs: WordFamily): boolean;
}

function judgeVerb(verb: VerbUse, clause: Clause, analysis: TextAnalysis, vocab: Vocabulary): WorkFinding | undefined {
  const { object, head } = verb;
  const is = (verbs: WordFamily) => verbs.matchAt(clause.tokens, verb.index) > 0;
  // Talking to people is the team's own activity: "Interview 30 churned customers", "Call 50 lapsed accounts".
  const talksToPeople = is(families.interaction());
  // "Scale search" names a product, not searches people run: others' results block only when counted or people.
  const othersHead = head !== undefined && families.others().has(head) && !familyNamesHead(vocab.output, object, head) &&
    (countsInObject(analysis, object) || families.people().has(head) || shareInObject(analysis, object)) && !talksToPeople;
  const reading: VerbReading = {
    verb, clause, analysis, vocab, is, othersHead,
    objectText: phraseText(analysis, object),
    metricHead: head !== undefined && families.metric().has(head) && !is(families.measuring()),
    countedOutput: clause.counted.find((c) => familyNamesHead(vocab.output, c.phrase, c.head) && !families.others().has(c.head)),
    countedInObject: clause.counted.find((c) => object.includes(c.phrase[0]!) && c.head && (talksToPeople || !families.others().has(c.head)) && !families.metric().has(c.head)),
  };
  if (is(families.event()) && !is(families.neutral())) return judgeEventVerb(reading);
  if (is(vocab.task) && !is(families.outcome())) return judgeTaskVerb(reading);
  if (is(families.neutral())) return judgeNeutralVerb(reading);
  if (is(families.growth())) return judgeGrowthVerb(reading);
  if (is(families.attain())) return judgeAttainVerb(reading);
  if (verb.index === 0 && !is(knownVerbs())) return judgeOpenClassVerb(reading);
  return undefined;
}

/** "Achieve the ISO certification by June": a yes/no deliverable with only a date as its criterion. */
function judgeAttainVerb(r: VerbReading): WorkFinding | undefined {
  const head = r.verb.head;
  // A single thing to obtain ("the licence", "certification"); plural heads are counts of others' results.
  const single = !head?.lower.endsWith('s') || head.lower.endsWith('ss');
  if (!head || !single || r.metricHead || families.others().has(head) || families.people().has(head) || hasMeasure(r.analysis) || families.staff().has(head)) return undefined;
  if (!deadlineOnly(r.analysis)) return undefined;
  return { verb: r.verb.token.text, words: r.verb.object, kind: 'task', what: r.objectText };
}

/**
 * A verb outside every list ("Qualify a second vendor", "Streamline the intake form"): with a
 * determined object that is neither a metric nor others' results, and no level to reach, the
 * KR names a piece of work.
 */
function judgeOpenClassVerb(r: VerbReading): WorkFinding | undefined {
  const { object, head } = r.verb;
  const opener = object[0];
  if (!head || !opener || !OPEN_CLASS_DETERMINERS.has(opener.lower) || r.metricHead || hasMeasure(r.analysis)) return undefined;
  // "Publicise our progress more", "Soften the tone": a change of degree, not a deliverable.
  if (comparativeAt(r.clause, r.verb.index + 1 + object.length) || r.clause.tags[0] === 'VBN' || /en$/.test(r.verb.token.lower)) return undefined;
  // One outside party ("a second vendor") is the team's work; a plural or counted group is others' behaviour.
  const plural = head.lower.endsWith('s') && !head.lower.endsWith('ss');
  if (families.others().has(head) && (plural || r.othersHead)) return undefined;
  if ((families.people().has(head) && plural) || families.audience().has(head) || families.workers().has(head)) return undefined;
  return { verb: r.verb.token.text, words: object, kind: 'task', what: r.objectText };
}


/** "Run 10 demos", "Hold a retro": the event is the activity, unless the object is a level to hold. */
function judgeEventVerb(r: VerbReading): WorkFinding | undefined {
  if (r.metricHead || hasPercent(r.analysis) || holdsLevel(r.analysis, r.verb.token)) return undefined;
  return { verb: r.verb.token.text, words: r.verb.object, kind: 'activity', what: r.objectText, count: r.countedOutput?.quantity ?? firstCount(r.analysis) };
}

/** "Ship the flow", "Publish 3 posts", "Hire 2 engineers". */
function judgeTaskVerb(r: VerbReading): WorkFinding | undefined {
  const base = { verb: r.verb.token.text, words: r.verb.object };
  const frequency = frequencyCount(r.clause);
  if (frequency) return { ...base, kind: 'activity', what: `${r.verb.token.lower} occasions`, count: frequency.quantity };
  if (r.othersHead || r.metricHead) return undefined;
  const head = r.verb.head;
  // "Deliver 95% of orders", "Support 99.9% availability": a weak verb with a level is a service target.
  if (r.is(families.weak()) && head && !r.vocab.output.has(head) && r.analysis.quantities.some((q) => q.unit !== 'count')) return undefined;
  const counted = r.countedOutput ?? r.countedInObject;
  if (counted && !families.staff().has(counted.head) && !r.is(families.hiring())) {
    // "Complete migration of 7 services": the verb acts on the migration, so the services are no object of it.
    const ofPhrase = r.analysis.tokens[counted.quantity.firstToken - 1]?.lower === 'of';
    const actedOn = !ofPhrase && !r.vocab.output.occursIn(counted.phrase.filter((t) => t.kind === 'word'));
    return { ...base, kind: 'activity', what: phraseText(r.analysis, counted.phrase), count: counted.quantity, ...(actedOn ? { actedOn } : {}) };
  }
  return { ...base, kind: 'task', what: r.objectText };
}

/** "Get 2 PRs merged", "Get the press to publish 3 articles", "Make the docs available". */
function judgeNeutralVerb(r: VerbReading): WorkFinding | undefined {
  if (r.othersHead || r.metricHead) return undefined;
  const { clause, verb, vocab } = r;
  const object = verb.object;
  const afterObject = verb.index + 1 + object.length;
  const toTask = clause.tokens[afterObject]?.lower === 'to' && vocab.task.has(clause.tokens[afterObject + 1]);
  const namesOutput = object.some((t) => vocab.output.has(t) && !families.others().has(t)) || vocab.output.occursIn(object.filter((t) => t.kind === 'word'));
  const madeState = families.state().occursIn(object.slice(-3));
  // "Make the checkout faster", "Make the visit more pleasant": a change in quality, not a deliverable.
  if (verb.token.lower === 'make' && comparativeAt(clause, afterObject)) return undefined;
  // "Make the library the place to go", "Make onboarding delightful": an object complement that is no finished state is an aim.
  const endsInAdjective = object.length > 1 && clause.tags[afterObject - 1] === 'JJ';
  if (verb.token.lower === 'make' && !madeState && (endsInAdjective || objectComplementAt(clause, afterObject))) return undefined;
  if (!toTask && !namesOutput && !madeState) return undefined;
  const counted = madeState ? undefined : r.countedOutput ?? clause.counted[0];
  // The work is the embedded verb ("publishing"); "have"/"get" alone name no work.
  const embedded = toTask ? clause.tokens[afterObject + 1]!.text : verb.token.lower === 'make' ? verb.token.text : undefined;
  const base = { words: object, ...(embedded ? { verb: embedded } : {}) };
  return counted ? { ...base, kind: 'activity', what: phraseText(r.analysis, counted.phrase), count: counted.quantity } : { ...base, kind: 'task', what: r.objectText };
}

/** "Grow the team to plan", "Grow the course library from 6 to 11": growing the team's own assets. */
function judgeGrowthVerb(r: VerbReading): WorkFinding | undefined {
  const head = r.verb.head;
  if (!head || r.verb.object.some((t) => families.others().has(t)) || performedByOthers(r.analysis)) return undefined;
  const base = { verb: r.verb.token.text, words: r.verb.object, what: r.objectText };
  if (families.staff().has(head)) return { ...base, kind: 'task' };
  if (r.vocab.output.has(head) && !families.metric().has(head)) return { ...base, kind: 'activity' };
  return undefined;
}

function judgeDeclarative(clause: Clause, analysis: TextAnalysis, vocab: Vocabulary): WorkFinding | undefined {
  const subjectWords = clause.subject.filter((t) => t.kind === 'word');
  const subjectText = phraseText(analysis, clause.subject);
  const byOthers = subjectWords.some((t) => families.people().has(t));
  const measured = hasMeasure(analysis);
  const verb = clause.verbs[0];
  // "Satisfaction on support calls at least 4.5": a statement that opens with a metric is measured, not done.
  const opener = subjectWords.find((t) => !DETERMINER_WORDS.has(t.lower));
  if (measured && opener && families.metric().has(opener)) return undefined;
  // "Customers can export invoices": a capability to build, whoever uses it.
  if (verb?.modal && !measured) return { words: [...clause.subject, ...verb.object], kind: 'task', what: subjectText || phraseText(analysis, verb.object) };
  if (verb && !byOthers) {
    // A declarative KR is quoted whole in messages, so its findings carry no imperative verb.
    const base = { words: [...clause.subject, ...verb.object] };
    const what = subjectText || phraseText(analysis, verb.object);
    if (verb.passive && vocab.task.has(verb.token) && verb.token.lower !== 'done') return { ...base, kind: 'task', what };
    if ((verb.token.lower === 'has' || verb.token.lower === 'have') && verb.head && families.possessed().has(verb.head)) {
      return { ...base, kind: 'task', what: phraseText(analysis, verb.object) };
    }
    // "The admin console shows ...": a thing (not a person) that now does something is a shipped feature.
    const thingSubject = clause.subjectHead !== undefined && (families.artefact().has(clause.subjectHead) || !(families.workers().has(clause.subjectHead) || families.people().has(clause.subjectHead)));
    if (thingSubject && families.artefactVerb().has(verb.token) && !measured) return { ...base, kind: 'task', what };
    // "Agents log 20 follow-ups a week": staff recording a count of their own work.
    const recorded = families.recording().has(verb.token) && !verb.passive ? clause.counted.find((c) => verb.object.includes(c.phrase[0]!) && !families.others().has(c.head)) : undefined;
    if (recorded) return { ...base, kind: 'activity', what: phraseText(analysis, recorded.phrase), count: recorded.quantity };
    if (vocab.task.has(verb.token) && !families.outcome().has(verb.token) && !verb.passive) {
      const counted = clause.counted.find((c) => !families.others().has(c.head));
      if (counted && vocab.output.has(counted.head)) return { ...base, kind: 'activity', what: phraseText(analysis, counted.phrase), count: counted.quantity };
      return { ...base, kind: 'task', what: phraseText(analysis, verb.object) || what };
    }
  }
  if (byOthers) return undefined;
  const counted = clause.counted.find((c) => familyNamesHead(vocab.output, c.phrase, c.head) && !families.others().has(c.head));
  if (counted && families.staff().has(counted.head)) return { kind: 'task', what: phraseText(analysis, counted.phrase), words: counted.phrase };
  if (counted) return { kind: 'activity', what: phraseText(analysis, counted.phrase), count: counted.quantity, words: counted.phrase };
  // "Precise search live on the public site", "Metrics stack running everywhere": a finished state.
  const state = families.state().find(analysis.words);
  if (state > 0 && !measured && analysis.words[state - 1]?.lower !== 'to') {
    return { kind: 'task', what: subjectText || phraseText(analysis, analysis.tokens.filter((t) => t.end <= analysis.words[state]!.start)), words: analysis.words };
  }
  return undefined;
}

/** "demos booked by prospects": the counted thing is done by people outside the team. */
function performedByOthers(analysis: TextAnalysis): boolean {
  const words = analysis.words;
  return words.some((w, i) => w.lower === 'by' && [1, 2, 3].some((k) => families.people().has(words[i + k])));
}

const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'our', 'average', 'overall', 'mean', 'median']);
