import { defineRule, perAnalysis, quoteText, singular, type KeyResult, type TextAnalysis } from '../src/rule-kit/index.js';

interface Options {
  extraEfficiencyTerms: string[];
  extraQualityTerms: string[];
}

/** Efficiency metrics: doing the same work faster, cheaper or in greater volume. Phrases match word by word (singular forms), in order. */
const EFFICIENCY_TERMS = [
  'handling time', 'handle time', 'aht', 'call length', 'call duration', 'call time', 'talk time', 'chat duration',
  'cost', 'costs', 'spend', 'speed', 'throughput', 'velocity', 'productivity', 'utilisation', 'utilization', 'efficiency',
  'cycle time', 'lead time', 'turnaround time', 'processing time', 'wait time', 'response time', 'resolution time',
  'time to resolve', 'time to resolution', 'time to respond', 'time to close', 'time to hire', 'time to fill', 'time to merge',
  'tickets per agent', 'calls per hour', 'cases per agent', 'contacts per hour', 'tickets per hour', 'per engineer', 'per agent',
  'deploy frequency', 'deployment frequency', 'headcount', 'cost per', 'burn',
];

/** Counter-metrics: the quality that speed or savings can quietly erode. */
const QUALITY_TERMS = [
  'satisfaction', 'satisfied', 'dissatisfied', 'unhappy', 'escalated', 'csat', 'nps', 'net promoter', 'ces', 'effort score', 'quality', 'qa score', 'error', 'errors', 'defect', 'defects',
  'bug', 'bugs', 'reopen', 'reopened', 'reopens', 'escalation', 'escalations', 'complaint', 'complaints', 'accuracy', 'accurate',
  'rework', 'regression', 'regressions', 'refund', 'refunds', 'churn', 'retention', 'first contact resolution', 'first-contact resolution',
  'fcr', 'resolved on first contact', 'repeat contact', 'repeat contacts', 'change failure', 'failure rate', 'failed', 'rollback',
  'rollbacks', 'incident', 'incidents', 'outage', 'outages', 'uptime', 'availability', 'slo', 'crash', 'crashes', 'rating',
  'sentiment', 'review score', 'return rate', 'attrition', 'burnout', 'engagement score', 'wellbeing', 'well-being',
  'unreconciled', 'discrepancy', 'discrepancies', 'mismatch', 'write-off', 'late', 'overdue', 'on time', 'on-time', 'missed',
  'breach', 'violation', 'compliance', 'audit finding', 'exception', 'mistake', 'wrong', 'correct', 'correctness',
];

/** A metric over a contact measured in time ("calls under 6 minutes") is handling time by another name. */
const CONTACT_WORDS = new Set(['call', 'chat', 'ticket', 'case', 'contact', 'conversation', 'session']);
const LENGTH_WORDS = new Set(['under', 'below', 'shorter', 'short', 'length', 'duration', 'long', 'longer', 'average', 'avg', 'mean', 'median', 'last']);
const DIRECTION_VERBS = new Set(['cut', 'reduce', 'lower', 'decrease', 'shorten', 'halve', 'trim', 'raise', 'increase', 'boost', 'lift', 'grow', 'double', 'speed', 'keep', 'hold']);

type Phrase = string[];

export default defineRule<Options>({
  name: 'kr-unbalanced',
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: 'Pair every efficiency key result (time, cost, speed, throughput) with a quality counter-metric on the same objective.',
      rationale:
        'A team told only to cut handling time or cost will hit the number by rushing customers, skipping checks or shifting work elsewhere. A counter-metric beside it (satisfaction, error or defect rate, reopen rate, quality score) makes the cheap way to the target visible.',
      recommended: true,
      examples: {
        valid: [
          { krs: ['Cut average handling time from 9 to 7 minutes', 'Keep CSAT on handled chats at or above 4.4 (now 4.5)', 'Raise chats handled by the bot from 20% to 35%'] },
          { krs: ['Raise self-service resolution from 35% to 55%', 'Grow help-centre visits from 12k to 20k a month', 'Cut repeat contacts from 18% to 10%'], note: 'No efficiency metric is pushed.' },
        ],
        invalid: [
          { krs: ['Cut average handling time from 9 to 6 minutes', 'Raise tickets closed per agent from 30 to 40 a day', 'Grow chats handled by the bot from 20% to 35%'], note: 'Speed and volume with nothing guarding quality.' },
          { krs: ['Reduce cloud spend from $80k to $60k a month', 'Raise reserved-instance coverage from 40% to 70%', 'Shut down 30 idle test environments'], note: 'Cost with no reliability counter-metric.' },
        ],
      },
    },
    messages: {
      unbalanced: 'Objective pushes {{metric}} ("{{kr}}") with no quality counter-metric beside it.',
    },
    schema: {
      type: 'object',
      properties: {
        extraEfficiencyTerms: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
        extraQualityTerms: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
      },
      additionalProperties: false,
    },
    defaultOptions: { extraEfficiencyTerms: [], extraQualityTerms: [] },
  },
  create(context) {
    const efficiency = phrases(EFFICIENCY_TERMS, context.options.extraEfficiencyTerms);
    const quality = phrases(QUALITY_TERMS, context.options.extraQualityTerms);
    const read = (analysis: TextAnalysis): Reading => {
      const words = wordStems(analysis);
      if (findPhrase(words, quality)) return GUARDED;
      const metric = findPhrase(words, efficiency) ?? contactDuration(analysis, words);
      return metric && pushesNumber(analysis) ? { guarded: false, pushedMetric: metric } : UNGUARDED;
    };
    return {
      objective(objective) {
        let pushed: { keyResult: KeyResult; metric: string } | undefined;
        for (const keyResult of objective.keyResults) {
          const reading = readings(context.analyze(keyResult.title), context.options, read);
          if (reading.guarded) return;
          if (reading.pushedMetric) pushed ??= { keyResult, metric: reading.pushedMetric };
        }
        // The objective title may name the guard itself ("... without hurting satisfaction").
        if (!pushed || readings(context.analyze(objective.title), context.options, read).guarded) return;
        context.report({
          node: objective,
          messageId: 'unbalanced',
          data: { metric: quoteText(metricAsWritten(pushed.metric, pushed.keyResult.title)), kr: quoteText(pushed.keyResult.title) },
          suggestion: `Add a counter-metric beside "${quoteText(pushed.keyResult.title)}", e.g. "${counterMetricFor(pushed.metric, objective.keyResults.map((k) => k.title).join(' '))}".`,
        });
      },
    };
  },
});

/**
 * A term that is only a rate's divisor ("per engineer") names no metric alone: the KR's word before it
 * completes it ("deploys per engineer").
 */
function metricAsWritten(term: string, title: string): string {
  if (!term.startsWith('per ')) return term;
  const at = title.toLowerCase().indexOf(term);
  if (at <= 0) return term;
  const before = title.slice(0, at).trim().split(/\s+/);
  const named: string[] = [];
  // Up to three words back, not past the opening verb ("Raise") or a function word ("of", "the").
  for (let i = before.length - 1; i >= 1 && named.length < 3 && !FUNCTION_WORDS.has(before[i]!.toLowerCase()); i--) named.unshift(before[i]!);
  return named.length > 0 ? `${named.join(' ')} ${term}` : term;
}

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'from', 'in', 'on', 'for', 'by', 'our', 'and', 'or', 'with']);

/** What a text says for the balance: it names a quality guard, or pushes an efficiency metric to a number. */
interface Reading {
  guarded: boolean;
  pushedMetric?: string;
}

const GUARDED: Reading = { guarded: true };
const UNGUARDED: Reading = { guarded: false };
/** Readings per text and options: key results and objective titles repeat across files. */
const readings = perAnalysis<Reading>();

/**
 * Words in singular form (not Porter stems: "productivity" and "product" share a stem), with hyphenated
 * words split into parts so "first-contact" meets "first contact". Kept per analysis: each key result's
 * words are read once per objective pass, and an objective title may be asked again.
 */
function wordStems(analysis: TextAnalysis): string[] {
  return wordLists(analysis, undefined, singularWords);
}

const wordLists = perAnalysis<string[]>();

function singularWords(analysis: TextAnalysis): string[] {
  const words: string[] = [];
  for (const word of analysis.words) {
    if (!word.lower.includes('-')) words.push(normalise(word.lower));
    else for (const part of word.lower.split('-')) if (part) words.push(normalise(part));
  }
  return words;
}
/** Singular forms per word: natural's inflector runs a list of regular expressions (bounded). */
const normalised = new Map<string, string>();

function normalise(word: string): string {
  let form = normalised.get(word);
  if (form === undefined) {
    form = /^[a-z]{4,}s$/.test(word) && !/(ss|us|is)$/.test(word) ? singular(word) : word;
    if (normalised.size > 20_000) normalised.clear();
    normalised.set(word, form);
  }
  return form;
}

interface PhraseTable {
  /** Terms in table order, as [words, term]. */
  entries: [Phrase, string][];
  /** Positions in `entries` of the terms starting with each word. */
  byFirstWord: Map<string, number[]>;
  /** Positions of empty terms (an extra term of only hyphens), which match any text. */
  empty: number[];
}

/** Phrase tables, built once per process and option set (rules are created per file). */
const phraseTables = new Map<string, PhraseTable>();

function phrases(builtin: readonly string[], extra: readonly string[]): PhraseTable {
  const key = `${builtin[0]}\u0000${extra.join('\u0000')}`;
  let table = phraseTables.get(key);
  if (!table) {
    // A Map keyed by fresh arrays: a term listed twice is kept twice, in table order.
    const map = new Map<Phrase, string>();
    for (const term of [...builtin, ...extra]) map.set(term.toLowerCase().split(/[\s-]+/).filter(Boolean).map(normalise), term.toLowerCase());
    const entries = [...map];
    const byFirstWord = new Map<string, number[]>();
    const empty: number[] = [];
    entries.forEach(([phrase], index) => {
      if (phrase.length === 0) return void empty.push(index);
      const list = byFirstWord.get(phrase[0]!) ?? [];
      list.push(index);
      byFirstWord.set(phrase[0]!, list);
    });
    table = { entries, byFirstWord, empty };
    phraseTables.set(key, table);
  }
  return table;
}

/** The first term (in table order) whose words occur in order and adjacent in the words. */
function findPhrase(words: readonly string[], terms: PhraseTable): string | undefined {
  // A term can only occur where its first word does: only those terms are tried.
  let candidates: number[] | undefined = terms.empty.length > 0 ? terms.empty : undefined;
  for (const word of words) {
    const starting = terms.byFirstWord.get(word);
    if (starting) candidates = candidates ? candidates.concat(starting) : starting;
  }
  if (!candidates) return undefined;
  if (candidates.length > 1) candidates = [...new Set(candidates)].sort((a, b) => a - b);
  for (const index of candidates) {
    const [phrase, term] = terms.entries[index]!;
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((p, j) => words[i + j] === p)) return term;
    }
  }
  return undefined;
}

/** "Keep calls under 5 minutes", "average chat length of 9 min": the length of a contact, not the wait before it. */
function contactDuration(analysis: TextAnalysis, words: readonly string[]): string | undefined {
  if (!analysis.quantities.some((q) => q.unit === 'duration')) return undefined;
  if (!words.some((w) => LENGTH_WORDS.has(w))) return undefined;
  const contact = words.find((w) => CONTACT_WORDS.has(w));
  return contact ? `${contact} duration` : undefined;
}

/**
 * The key result pushes the metric to a number: a measured amount (time, money, percent, a
 * range) or a direction verb with a number. Naming the metric ("define resolution times",
 * "build a cost model") is not pushing it.
 */
function pushesNumber(analysis: TextAnalysis): boolean {
  if (analysis.range || analysis.placeholders.length > 0) return true;
  if (analysis.quantities.some((q) => q.unit !== 'count')) return true;
  return analysis.quantities.length > 0 && DIRECTION_VERBS.has(analysis.words[0]?.lower ?? '');
}

/** A counter-metric in the key results' own domain: support, engineering, cost or hiring. */
function counterMetricFor(metric: string, context: string): string {
  const text = `${metric} ${context}`.toLowerCase();
  if (/\b(hire|hiring|recruit|candidate|time to fill)/.test(text)) return 'Keep 90-day retention of new hires at or above <current value>';
  if (/\b(cloud|infra|server|instance|hosting|compute|aws|gcp|azure)/.test(text)) return 'Hold availability at or above <current value> and error rate at or below <current value>';
  if (/\b(deploy|release|merge|cycle|lead time|velocity|engineer|sprint|pull request|pr)\b/.test(text)) return 'Keep change failure rate at or below <current value> and escaped defects under <current value> a month';
  if (/\b(ticket|call|chat|contact|case|agent|handl|support|customer|queue|aht)/.test(text)) return 'Keep CSAT on these contacts at or above <current value> and the reopen rate at or below <current value>';
  return 'Keep <a quality measure: error rate, satisfaction or defect rate> at or better than <current value>';
}
