/**
 * Small helpers rules share: stem look-ups, who does the counted thing, and rewrite
 * text built from a key result's own words. Word lists here are compiled once per process.
 */
import { stem } from '../text/tokens.js';
import { wordTags } from '../text/tags.js';
import type { Quantity, TextAnalysis, Token } from '../text/analysis.js';
import { boundedValue, placeholderRole } from '../text/placeholders.js';

export { placeholderRole };

/** Stems of a word list, built once per rule so inflections match ("publish" ~ "published"). */
export function stemsOf(words: Iterable<string>): Set<string> {
  return new Set([...words].map((w) => stem(w)));
}

export function hasAnyStem(analysis: TextAnalysis, stems: ReadonlySet<string>): boolean {
  for (const s of analysis.stems) if (stems.has(s)) return true;
  return false;
}

/** The first word, lower-cased: in an imperative key result it is the main verb. */
export function firstVerb(analysis: TextAnalysis): string | undefined {
  return analysis.words[0]?.lower;
}

export function describeQuantity(q: Quantity): string {
  return q.raw;
}

/** A quantity as it reads after "to": "2-hour" becomes "2 hours". */
export function displayQuantity(q: Quantity): string {
  if (!q.attributive) return q.raw;
  const [amount, unit] = q.raw.split('-');
  return q.value === 1 ? `${amount} ${unit}` : `${amount} ${unit}s`;
}

/** Verbs whose object is work the team itself produces: a count of them is output, not outcome. */
export const DELIVERABLE_VERBS: ReadonlySet<string> = stemsOf([
  'publish', 'write', 'post', 'produce', 'create', 'draft', 'build', 'make', 'ship', 'launch', 'release', 'deploy',
  'implement', 'add', 'hire', 'recruit', 'run', 'hold', 'host', 'organise', 'organize', 'conduct', 'give',
  'present', 'speak', 'feature', 'record', 'film', 'design', 'prototype', 'write', 'document', 'train', 'interview',
  'test', 'fix', 'migrate', 'automate', 'refactor', 'integrate', 'send', 'schedule', 'attend', 'complete', 'finish',
  'elevate', 'amplify', 'celebrate', 'start', 'introduce', 'define', 'choose', 'pick', 'select', 'identify', 'evaluate',
  'redesign', 'rewrite', 'update', 'upgrade', 'install', 'configure', 'enable', 'roll', 'move', 'switch', 'port',
  'name', 'assign', 'appoint', 'work', 'log', 'spend', 'submit', 'merge', 'review', 'audit', 'map', 'plan', 'track',
  'measure', 'research', 'investigate', 'validate', 'pilot', 'trial', 'demo', 'renegotiate', 'set', 'visit',
  'decommission', 'retire', 'translate', 'localise', 'localize', 'remove', 'deprecate', 'archive', 'certify', 'coach', 'mentor',
  'open', 'tag', 'label', 'annotate', 'categorise', 'categorize', 'triage', 'catalogue', 'catalog', 'transcribe', 'clean',
]);

/** Things a team makes or does: posts, talks, features, tests, hires. */
export const DELIVERABLE_NOUNS: ReadonlySet<string> = stemsOf([
  'post', 'blog', 'article', 'tutorial', 'guide', 'doc', 'document', 'documentation', 'page', 'video', 'webinar', 'demo',
  'talk', 'presentation', 'workshop', 'training', 'course', 'session', 'meeting', 'call', 'event', 'conference', 'meetup',
  'ama', 'hackathon', 'report', 'whitepaper', 'ebook', 'newsletter', 'piece', 'content', 'announcement', 'feature',
  'release', 'update', 'fix', 'pr', 'commit', 'test', 'experiment', 'interview', 'survey', 'prototype', 'proposal', 'plan',
  'rfc', 'spec', 'asset', 'improvement', 'integration', 'language', 'platform', 'locale', 'scenario', 'requirement',
  'function', 'module', 'template', 'playbook', 'dashboard', 'runbook', 'tool', 'version', 'episode', 'podcast', 'case', 'type',
  'study', 'engineer', 'developer', 'designer', 'manager', 'hire', 'recruit', 'salesperson', 'teammate', 'employee',
  'interviewer', 'headcount', 'intern', 'contractor', 'analyst', 'fte', 'position', 'role', 'pull', 'request', 'story',
  'ticket', 'task', 'epic', 'milestone', 'deliverable', 'campaign', 'program', 'programme', 'initiative', 'method', 'format',
  'connector', 'plugin', 'extension', 'endpoint', 'sdk', 'api', 'screen', 'flow', 'component', 'clip', 'recording', 'note',
]);

/** Verbs of effort: a duration after them is time put in, not a result. */
export const EFFORT_VERBS: ReadonlySet<string> = stemsOf(['work', 'log', 'record', 'spend', 'hold', 'attend', 'host', 'meet', 'block', 'book', 'dedicate', 'volunteer', 'invest', 'put', 'clock', 'track']);

/** Verbs that move a metric: their object is a level to measure. */
export const METRIC_VERBS: ReadonlySet<string> = stemsOf([
  'increase', 'raise', 'grow', 'lift', 'boost', 'improve', 'reduce', 'decrease', 'cut', 'lower', 'shrink', 'drop',
  'halve', 'double', 'triple', 'reach', 'hit', 'achieve', 'get', 'generate', 'win', 'close', 'convert', 'retain', 'keep',
  'maintain', 'sustain', 'expand', 'accelerate', 'shorten', 'speed', 'bring', 'drive', 'attract', 'acquire',
  'sign', 'earn', 'score', 'average', 'serve', 'resolve', 'respond', 'answer', 'acknowledge', 'restore', 'return',
  'exceed', 'stay', 'limit', 'address', 'handle', 'process', 'take', 'ship', 'minimise', 'minimize', 'maximise', 'maximize', 'eliminate', 'save', 'reclaim', 'deliver',
]);

const CLAUSE_STOP = new Set(['.', ';', '!', '?']);
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'your', 'its', 'my', 'his', 'her', 'this', 'that', 'these', 'those', 'all', 'any']);
const PARTICIPLE = /^[a-z]{3,}ed$/;
const IRREGULAR_PARTICIPLES = new Set(['written', 'done', 'made', 'taken', 'given', 'seen', 'won', 'built', 'sent', 'held', 'run', 'shown', 'kept', 'sold', 'paid', 'read']);
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whose', 'where']);

/**
 * The nearest word before token `index`, in the same sentence, whose stem is in one of
 * the given verb lexicons; coordinated verbs ("add and retain") are all returned.
 */
export function verbsBefore(analysis: TextAnalysis, index: number, lexicons: readonly ReadonlySet<string>[]): Token[] {
  const { tokens } = analysis;
  const found: Token[] = [];
  for (let i = index - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (CLAUSE_STOP.has(t.text)) break;
    if (t.kind !== 'word' || !lexicons.some((l) => l.has(t.stem))) continue;
    found.push(t);
    const joiner = tokens[i - 1];
    // Only a verb right before the joiner shares the object ("add and retain"); "Hire 15 staff by June
    // and keep X under 1" has two clauses, and the second's number is not the first verb's output.
    const partner = tokens[i - 2];
    if (joiner && (joiner.lower === 'and' || joiner.lower === 'or' || joiner.text === '/') && partner?.kind === 'word' && lexicons.some((l) => l.has(partner.stem))) {
      i--;
      continue;
    }
    break;
  }
  return found;
}

/**
 * "Volunteers contribute 5,000 hours": a plural noun followed by a verb is the subject,
 * even when the same word can be a verb ("volunteer 20 hours"). Tags only texts that ask.
 */
export function isSubjectNoun(analysis: TextAnalysis, token: Token): boolean {
  const index = analysis.words.indexOf(token);
  if (index < 0 || index + 1 >= analysis.words.length || !token.lower.endsWith('s')) return false;
  const tags = wordTags(analysis);
  return tags[index] === 'NNS' && (tags[index + 1]?.startsWith('VB') ?? false);
}

/** Up to `limit` words after a quantity naming what is counted ("3 tier-1 deals" -> tier, deals); the last is the head noun. */
export function countedWords(analysis: TextAnalysis, q: Quantity, limit = 4): Token[] {
  const words: Token[] = [];
  for (let i = q.lastToken + 1; i < analysis.tokens.length && words.length < limit; i++) {
    const t = analysis.tokens[i]!;
    if (t.kind === 'symbol' && t.text !== '-' && t.text !== '/' && t.text !== "'") break;
    if (t.kind !== 'word') continue;
    if (RELATIVE_PRONOUNS.has(t.lower) || /^(in|on|at|for|by|to|from|with|across|per|within|during|each|every|this|next|and|or|of|than)$/.test(t.lower)) break;
    // A determiner or a participle ends the noun phrase: "2 pull requests merged", "one asset document our ..."
    if (words.length > 0 && (DETERMINERS.has(t.lower) || PARTICIPLE.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower))) break;
    words.push(t);
  }
  return words;
}

/** "Admins can see what share ... will reach 100%": the number sits in an embedded question, not a target. */
export function inEmbeddedQuestion(analysis: TextAnalysis, q: Quantity): boolean {
  const { tokens } = analysis;
  for (let i = q.firstToken - 1; i >= 0 && i >= q.firstToken - 25; i--) {
    const t = tokens[i]!;
    if (CLAUSE_STOP.has(t.text)) return false;
    if (/^(what|when|whether|how|which|where)$/.test(t.lower)) {
      for (let j = i - 1; j >= 0 && j >= i - 12; j--) {
        if (/^(see|show|shows|know|tell|tells|understand|learn|find)$/.test(tokens[j]!.lower)) return true;
      }
    }
  }
  return false;
}

/** True when token `index` sits inside parentheses. */
export function inParentheses(analysis: TextAnalysis, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const t = analysis.tokens[i]!.text;
    if (t === ')') return false;
    if (t === '(') return true;
  }
  return false;
}

/** "Increase NPS to 50" -> "Increase NPS from <current value> to 50". */
export function rewriteWithRange(text: string, target: Quantity | undefined, current = '<current value>'): string {
  if (!target) return `${text.trim()} (from ${current} to <target>)`;
  const before = text.slice(0, target.start).replace(/(?<!\s)\s+(to|at|of|reach(es)?|by)\s*$/i, '').trimEnd();
  const after = text.slice(target.end);
  return `${before} from ${current} to ${target.raw}${after}`.replace(/\s+/g, ' ').trim();
}

const DIRECTION_VERBS = stemsOf(['increase', 'raise', 'grow', 'lift', 'boost', 'reduce', 'decrease', 'cut', 'lower', 'shrink', 'improve', 'bring', 'drive', 'push']);
const UP_VERBS = stemsOf(['increase', 'raise', 'grow', 'lift', 'boost', 'double', 'triple', 'expand', 'maximise', 'maximize', 'accelerate']);
const DOWN_VERBS = stemsOf(['reduce', 'decrease', 'cut', 'lower', 'shrink', 'halve', 'eliminate', 'minimise', 'minimize', 'drop']);

/** "up" or "down" from the key result's verb, or undefined when the verb names no direction. */
export function verbDirection(analysis: TextAnalysis): 'up' | 'down' | undefined {
  for (const word of analysis.words.slice(0, 3)) {
    if (DOWN_VERBS.has(word.stem)) return 'down';
    if (UP_VERBS.has(word.stem)) return 'up';
  }
  return undefined;
}

const TIME_NOUNS = /\b(time|times|latency|duration|turnaround|lead|sla|age|wait|mttr|mtta|p\d\d)\b/i;
const BOUND_TOKENS = new Set(['at', 'least', 'most', 'under', 'below', 'over', 'above', 'within', 'than', 'more', 'less', 'fewer', 'no', 'not', 'exceed', 'exceeds', 'up', 'in', 'max', 'min', 'maximum', 'minimum', '<', '>', '=', '≤', '≥']);
const LINKS = new Set(['to', 'at', 'of', 'by', 'is', 'are', 'be', 'stays', 'stay', 'remains', 'remain', 'reaches', 'reach', 'hits', 'averages', 'average', 'take', 'takes', 'returns', 'return']);
const LEADING_DETERMINERS = /^(?:(?:a|an|the|our|their|its|overall|average)\s+)+/i;
const TAIL_STARTERS = /^(?:$|[,;.(]|(?:and|on|in|at|for|to|from|with|across|per|by|during|within|this|next|each|every|among|focused|counting|including|after|before|while|via|through)\b)/i;

const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'done', 'can', 'will', 'should', 'must', 'and', 'or']);
const DANGLING = new Set(['across', 'in', 'on', 'with', 'of', 'for', 'up', 'out', 'down', 'off', 'into', 'from', 'by']);

/** Tokens [from, to) read as a metric name: words only, no verb, no other quantity, no dangling preposition. */
function cleanMetricSpan(analysis: TextAnalysis, from: number, to: number): boolean {
  const { tokens } = analysis;
  const last = tokens[to - 1]!;
  if (last.kind !== 'word' || LINKS.has(last.lower) || DANGLING.has(last.lower)) return false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.text === ',' || t.text === ';' || t.text === '(') return false;
    // A finite verb ("closes", "returns", "is done") means a clause, not a metric name; "test coverage" is a name.
    const finiteVerb = t.lower.endsWith('s') && !t.lower.endsWith('ss') && (METRIC_VERBS.has(t.stem) || DELIVERABLE_VERBS.has(t.stem) || EFFORT_VERBS.has(t.stem));
    if (t.kind === 'word' && (AUXILIARIES.has(t.lower) || finiteVerb)) return false;
  }
  return !analysis.quantities.some((q) => q.firstToken >= from && q.firstToken < to);
}

export interface TargetParts {
  /** The lead verb when the key result opens with one. */
  verb?: Token;
  /** Words naming the metric ("monthly NPS", "p95 search latency", "sign-ups"). */
  metric?: string;
  /** The bound written before the number ("at least ", "under "). */
  bound: string;
  /** What follows the target and its metric. */
  tail: string;
  /** Where the metric sits: before the number ("NPS to 50") or after it ("500 sign-ups"). */
  shape: 'metric-first' | 'number-first' | 'unknown';
}

/** Splits a key result around one target quantity: verb, metric words, bound, tail. */
export function describeTarget(analysis: TextAnalysis, target: Quantity): TargetParts {
  const { text, tokens } = analysis;
  let b = target.firstToken;
  while (b > 0 && BOUND_TOKENS.has(tokens[b - 1]!.lower)) {
    const word = tokens[b - 1]!.lower;
    // "up" bounds only in "up to"; "in" only in "in under 2s"
    if (word === 'up' && tokens[b]?.lower !== 'to') break;
    if (word === 'in' && !/^(under|less|below|within)$/.test(tokens[b]?.lower ?? '')) break;
    b--;
  }
  const bound = b < target.firstToken ? `${text.slice(tokens[b]!.start, target.start).trim().toLowerCase()} ` : '';
  const first = tokens[0];
  const knownVerb = first?.kind === 'word' && (METRIC_VERBS.has(first.stem) || DELIVERABLE_VERBS.has(first.stem) || EFFORT_VERBS.has(first.stem));
  // "Visit 15 accounts": a first word followed straight by the number is an imperative verb, not a metric.
  const verb = knownVerb || (first?.kind === 'word' && target.firstToken === 1) ? first : undefined;
  const metricStart = verb ? 1 : 0;
  let metricEnd = b;
  if (metricEnd > metricStart && LINKS.has(tokens[metricEnd - 1]!.lower)) metricEnd--;
  if (!target.attributive && metricEnd > metricStart && cleanMetricSpan(analysis, metricStart, metricEnd)) {
    let raw = text.slice(tokens[metricStart]!.start, tokens[metricEnd - 1]!.end).replace(LEADING_DETERMINERS, '').trim();
    // The metric moves behind a new verb: "Churn under 2%" -> "Bring churn ..."; acronyms keep their case.
    if (metricStart === 0 && /^[A-Z][a-z]/.test(raw)) raw = raw[0]!.toLowerCase() + raw.slice(1);
    if (raw.length > 0 && raw.split(/\s+/).length <= 8) {
      return { verb, metric: raw, bound, tail: text.slice(target.end).trim(), shape: 'metric-first' };
    }
  }
  if (metricEnd === metricStart || b === metricStart || target.attributive) {
    const counted = countedWords(analysis, target, 5);
    if (counted.length > 0) {
      const tail = text.slice(counted[counted.length - 1]!.end).trim();
      if (TAIL_STARTERS.test(tail)) {
        return { verb, metric: text.slice(counted[0]!.start, counted[counted.length - 1]!.end), bound, tail, shape: 'number-first' };
      }
    }
  }
  return { verb, bound, tail: text.slice(target.end).trim(), shape: 'unknown' };
}

/**
 * The metric as a noun phrase: "Process invoices within 48 hours" measures the time to process
 * invoices, not the invoices; "Respond to all emails within 2 hours" the time to respond to them.
 */
export function measuredMetric(parts: TargetParts, target: Quantity): string | undefined {
  const metric = parts.metric;
  if (metric && target.unit === 'duration' && parts.shape === 'metric-first' && parts.verb && !TIME_NOUNS.test(metric)) return `time to ${parts.verb.lower} ${metric}`;
  return metric;
}

/**
 * A key result rewritten as "<verb> <metric> from <current value> to <target>", from its own
 * words: "Reach 10,000 monthly organic visits" -> "Grow monthly organic visits from <current value> to 10,000".
 * When the sentence does not split cleanly, the range is added after the text.
 */
export function rewriteAsMove(analysis: TextAnalysis, target: Quantity, current = '<current value>'): string {
  const parts = describeTarget(analysis, target);
  const range = `from ${current} to ${boundedValue(parts.bound, displayQuantity(target))}`;
  if (!parts.metric) return `${analysis.text.trim().replace(/[.;]$/, '')} (${range})`;
  const direction = verbDirection(analysis);
  const verb = parts.verb && DIRECTION_VERBS.has(parts.verb.stem) ? parts.verb.text : direction === 'down' || target.bound === 'max' || target.unit === 'duration' ? 'Bring' : target.unit === 'count' || target.unit === 'currency' ? 'Grow' : 'Raise';
  const tail = parts.tail ? ` ${parts.tail}` : '';
  return `${verb} ${measuredMetric(parts, target)} ${range}${tail}`.replace(/(?<!\s)\s+([,;.)])/g, '$1').replace(/\s+/g, ' ').trim();
}

const SECONDS: Record<string, number> = { ms: 0.001, millisecond: 0.001, s: 1, sec: 1, second: 1, min: 60, minute: 60, h: 3600, hr: 3600, hour: 3600, d: 86400, day: 86400, workday: 86400, week: 604800, wk: 604800, month: 2592000, mo: 2592000, quarter: 7776000, year: 31536000 };

/** A quantity's value in a common scale, so "4 h" and "90 min" compare; durations become seconds. */
export function comparableValue(q: Quantity): number {
  if (q.unit !== 'duration') return q.value;
  const unit = q.unitWord ?? /(?<![a-z])([a-z]+)$/i.exec(q.raw)?.[1]?.toLowerCase() ?? '';
  const factor = SECONDS[unit] ?? SECONDS[unit.replace(/s$/, '')];
  return factor === undefined ? q.value : q.value * factor;
}

/** The first measuring quantity of a field value (40, "40%", "4.1/5", "2 h"), or undefined. */
export function quantityOfValue(value: string | number | undefined, analyze: (text: string) => TextAnalysis): Quantity | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  if (text === '') return undefined;
  return analyze(text).quantities.find((q) => !q.role);
}

/** True when two quantities can be compared: same unit, or a bare number beside a unit. */
export function sameScale(a: Quantity, b: Quantity): boolean {
  return a.unit === b.unit || a.unit === 'count' || b.unit === 'count';
}

