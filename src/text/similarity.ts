/**
 * How nearly two short statements say the same thing. Each text is reduced to its
 * content: the direction it pushes (up / down), the stems of its content words, and
 * the numbers it names. Word terms are matched softly with natural's character-bigram
 * Dice coefficient, so spelling variants ("sign-ups" / "signups", "e-mail" / "email")
 * still meet. natural's distance module is deep-imported on first use.
 */
import { createRequire } from 'node:module';
import { parseNumeral } from './numbers.js';
import { stem, tokenize } from './tokens.js';

const require = createRequire(import.meta.url);

type StringMeasure = (a: string, b: string) => number;
let dice: StringMeasure | undefined;

function diceCoefficient(): StringMeasure {
  dice ??= require('natural/lib/natural/distance/dice_coefficient.js') as StringMeasure;
  return dice;
}

/** Function words that carry no meaning of their own in a key result or objective. */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'from', 'for', 'in', 'on', 'at', 'by', 'with', 'and', 'or', 'per', 'our', 'we', 'us',
  'its', 'their', 'all', 'each', 'every', 'into', 'than', 'that', 'this', 'these', 'those', 'is', 'are', 'be', 'so',
  'it', 'as', 'via', 'through', 'across', 'over', 'under', 'least', 'most', 'up', 'down', 'month', 'week', 'quarter', 'year',
]);

/** Particles that belong to a compound noun: sign-up, drop-off, check-in. */
const PARTICLES = new Set(['up', 'down', 'in', 'out', 'on', 'off']);

const UP_VERBS = new Set(['increase', 'raise', 'grow', 'lift', 'boost', 'improve', 'expand', 'double', 'triple', 'maximise', 'maximize', 'accelerate', 'extend', 'gain']);
const DOWN_VERBS = new Set(['reduce', 'cut', 'lower', 'decrease', 'shrink', 'drop', 'halve', 'minimise', 'minimize', 'eliminate', 'shorten', 'trim', 'slash', 'decrease']);
const UP_STEMS = stems(UP_VERBS);
const DOWN_STEMS = stems(DOWN_VERBS);

/** Unit words written out are the same as their symbols. */
const UNIT_WORDS: Record<string, string> = {
  percent: '%', pct: '%', minutes: 'min', minute: 'min', mins: 'min', hours: 'h', hour: 'h', hrs: 'h', hr: 'h',
  milliseconds: 'ms', millisecond: 'ms', seconds: 's', second: 's', sec: 's', secs: 's', days: 'd', day: 'd',
};
const UNIT_SYMBOLS = new Set(['%', 'min', 'h', 'ms', 's', 'd', '$', '€', '£', '¥']);

function stems(words: Iterable<string>): Set<string> {
  return new Set([...words].map((w) => tokenize(w)[0]!.stem));
}

export interface StatementContent {
  /** 'up' for raise/grow/increase, 'down' for cut/reduce/lower, undefined when no such verb leads. */
  direction?: 'up' | 'down';
  /** Stems of the content words (and glued identifiers such as "p95" or "v2"). */
  words: string[];
  /** Numbers with their units, in order ("3 %", "2 %"). */
  numbers: string[];
}

/** Contents already computed, per text: a run meets the same key result texts again (bounded). */
const contents = new Map<string, Readonly<StatementContent>>();

/** Reduces a statement to what it says: direction, content words and numbers. Shared per text: do not mutate. */
export function statementContent(text: string): Readonly<StatementContent> {
  let content = contents.get(text);
  if (!content) {
    content = computeStatementContent(text);
    if (contents.size > 20_000) contents.clear();
    contents.set(text, content);
  }
  return content;
}

function computeStatementContent(text: string): StatementContent {
  const tokens = tokenize(text);
  const content: StatementContent = { words: [], numbers: [] };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    // "p95", "v2", "ISO27001": a word glued to a number is one identifier.
    if (token.kind === 'word' && next?.kind === 'number' && next.start === token.end) {
      content.words.push(token.lower + next.text);
      i++;
      continue;
    }
    if (token.kind === 'number') {
      content.numbers.push(String(parseNumeral(token.text)));
      continue;
    }
    if (token.kind !== 'word') {
      if (UNIT_SYMBOLS.has(token.text)) content.numbers.push(token.text);
      continue;
    }
    if (UNIT_WORDS[token.lower] !== undefined && tokens[i - 1]?.kind === 'number') {
      content.numbers.push(UNIT_WORDS[token.lower]!);
      continue;
    }
    if (content.direction === undefined && content.words.length === 0) {
      if (UP_STEMS.has(token.stem)) { content.direction = 'up'; continue; }
      if (DOWN_STEMS.has(token.stem)) { content.direction = 'down'; continue; }
    }
    if (token.lower.includes('-')) {
      // A compound is one term made of its parts' stems: "sign-ups" = "signups"; "trial-to-paid" meets "trial to paid" (see mergeCompounds).
      const parts = token.lower.split('-').filter((part) => part && (!FUNCTION_WORDS.has(part) || PARTICLES.has(part)));
      content.words.push(parts.map((part) => stem(part)).join(''));
      continue;
    }
    if (FUNCTION_WORDS.has(token.lower)) continue;
    content.words.push(token.stem);
  }
  return content;
}

export interface StatementComparison {
  /** Soft Dice overlap of the content words, 0..1. */
  wordSimilarity: number;
  /** Both push the same way, or neither names a direction. */
  sameDirection: boolean;
  /** Both name the same numeric values (units aside), and at least one. */
  sameNumbers: boolean;
  /** Both name at least one numeric value. */
  bothNumbered: boolean;
  /** Every content word of one statement appears in the other. */
  contained: boolean;
}

export function compareStatements(a: StatementContent, b: StatementContent): StatementComparison {
  const wordsA = [...new Set(mergeCompounds(a.words, new Set(b.words)))];
  const wordsB = [...new Set(mergeCompounds(b.words, new Set(a.words)))];
  const matchedA = wordsA.filter((w) => wordsB.some((v) => termsMatch(w, v))).length;
  const matchedB = wordsB.filter((w) => wordsA.some((v) => termsMatch(w, v))).length;
  const total = wordsA.length + wordsB.length;
  return {
    wordSimilarity: total === 0 ? 0 : (matchedA + matchedB) / total,
    sameDirection: a.direction === b.direction,
    sameNumbers: sameValues(a.numbers, b.numbers),
    bothNumbered: values(a.numbers).length > 0 && values(b.numbers).length > 0,
    contained: total > 0 && (matchedA === wordsA.length || matchedB === wordsB.length),
  };
}

function values(numbers: readonly string[]): string[] {
  return numbers.filter((n) => /\d/.test(n));
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  const valuesA = values(a);
  return valuesA.length > 0 && valuesA.join(' ') === values(b).join(' ');
}

/** Joins neighbours whose concatenation is one word of the other text: "sign up" / "signup", "e mail" / "email". */
function mergeCompounds(words: readonly string[], other: ReadonlySet<string>): string[] {
  const merged: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const joined = words[i]! + (words[i + 1] ?? '');
    if (i + 1 < words.length && other.has(joined) && !other.has(words[i]!)) {
      merged.push(joined);
      i++;
    } else merged.push(words[i]!);
  }
  return merged;
}

/** Answers of termsMatch for term pairs already compared: the same stems meet again and again. */
const termMatches = new Map<string, boolean>();

/** Same stem, or spelt nearly alike (natural's bigram Dice). Short terms must match exactly. */
function termsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5) return false;
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let match = termMatches.get(key);
  if (match === undefined) {
    match = !/\d/.test(a + b) && diceCoefficient()(a, b) >= 0.8;
    if (termMatches.size > 50_000) termMatches.clear();
    termMatches.set(key, match);
  }
  return match;
}

type EditDistance = (a: string, b: string) => number;
let levenshtein: EditDistance | undefined;

function editDistance(): EditDistance {
  levenshtein ??= (require('natural/lib/natural/distance/levenshtein_distance.js') as { DamerauLevenshteinDistance: EditDistance }).DamerauLevenshteinDistance;
  return levenshtein;
}

/** The known name closest in spelling to `name` (natural's Damerau-Levenshtein), if it is close enough to be a typo. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  return nameMatcher(candidates)(name);
}

/**
 * A "did you mean" lookup over a fixed set of names, for many queries: the names are
 * lowered once, answers are memoised per query, and only names whose length is within
 * the allowed distance are compared (an edit distance is at least the length difference),
 * so a project pass costs distinct queries x near-length names, not references x all names.
 * Ties go to the earlier name, as with closestName. (natural's unrestricted Damerau-Levenshtein
 * can under-count on strings of few repeated letters, "bdbcb" / "ecbdbccb" = 2; on typos of
 * real ids the length filter answered as a full scan in 1,500 of 1,500 trials.)
 */
export function nameMatcher(candidates: Iterable<string>): (name: string) => string | undefined {
  const names = [...candidates];
  const lowered = names.map((candidate) => candidate.toLowerCase());
  const answers = new Map<string, string | undefined>();
  return (name) => {
    if (answers.has(name)) return answers.get(name);
    const distance = editDistance();
    const query = name.toLowerCase();
    const allowed = Math.max(2, Math.floor(name.length / 4));
    let best: { candidate: string; distance: number } | undefined;
    for (let i = 0; i < names.length; i++) {
      const candidate = lowered[i]!;
      if (Math.abs(candidate.length - query.length) > allowed) continue;
      const d = distance(query, candidate);
      if (d <= allowed && (!best || d < best.distance)) best = { candidate: names[i]!, distance: d };
    }
    answers.set(name, best?.candidate);
    return best?.candidate;
  };
}
