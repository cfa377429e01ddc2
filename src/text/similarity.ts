/**
 * How nearly two short statements say the same thing. Each text is reduced to its
 * content: the direction it pushes (up / down), the stems of its content words, and
 * the numbers it names. Word terms are matched softly with the character-bigram Dice
 * coefficient as natural defines it, so spelling variants ("sign-ups" / "signups",
 * "e-mail" / "email") still meet; it is computed here on bigram sets kept per term.
 */
import { wordTable } from './word-table.js';
import { parseNumeral } from './numbers.js';
import { stem, tokenize, type Token } from './tokens.js';
import { analysisMemo } from './memo.js';

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
const UNIT_WORDS = wordTable<string>({
  percent: '%', pct: '%', minutes: 'min', minute: 'min', mins: 'min', hours: 'h', hour: 'h', hrs: 'h', hr: 'h',
  milliseconds: 'ms', millisecond: 'ms', seconds: 's', second: 's', sec: 's', secs: 's', days: 'd', day: 'd',
});
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

/**
 * Contents already computed, per text, for texts read without an analysis (a title too long to
 * analyse whole, a plugin's own text); kr-duplicate keeps the others per analysis (analysisContent).
 * Bounded at 4,000 texts, with their prepared forms about 1 kB each.
 */
const contents = new Map<string, Readonly<StatementContent>>();

/**
 * Reduces a statement to what it says: direction, content words and numbers. Shared per text: do not mutate.
 * `tokensOf` may hand over tokenize(text) already at hand (a text analysis' tokens); it is asked only for a new text.
 */
export function statementContent(text: string, tokensOf?: () => readonly Token[]): Readonly<StatementContent> {
  let content = contents.get(text);
  if (!content) {
    content = computeStatementContent(tokensOf ? tokensOf() : tokenize(text));
    if (contents.size > 4_000) contents.clear();
    contents.set(text, content);
  }
  return content;
}

/**
 * The content of an analysed text, kept as long as its analysis: the engine's analysis cache
 * decides which texts stay. (Kept per text at most 4,000 were: a 10,000-file run has about
 * 20,000 distinct texts and computed most contents again, file after file.)
 */
export function analysisContent(analysis: { readonly tokens: readonly Token[] }): Readonly<StatementContent> {
  return analysedContents(analysis, contentOfAnalysis);
}

const analysedContents = analysisMemo<{ readonly tokens: readonly Token[] }, Readonly<StatementContent>>();
const contentOfAnalysis = (analysis: { readonly tokens: readonly Token[] }) => computeStatementContent(analysis.tokens);

function computeStatementContent(tokens: readonly Token[]): StatementContent {
  // Room for the prepared form, which the first comparison fills in (see prepared()).
  const content: StatementContent & OwnContent = { words: [], numbers: [], [PREPARED]: undefined };
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
  const preparedA = prepared(a);
  const preparedB = prepared(b);
  const termsA = mergedTerms(preparedA, preparedB);
  const termsB = mergedTerms(preparedB, preparedA);
  const { matchedA, matchedB } = countMatches(termsA, termsB);
  const total = termsA.length + termsB.length;
  return {
    wordSimilarity: total === 0 ? 0 : (matchedA + matchedB) / total,
    sameDirection: a.direction === b.direction,
    sameNumbers: preparedA.values.length > 0 && preparedA.valuesKey === preparedB.valuesKey,
    bothNumbered: preparedA.values.length > 0 && preparedB.values.length > 0,
    contained: total > 0 && (matchedA === termsA.length || matchedB === termsB.length),
  };
}

/** A content word with what soft matching needs: its bigrams when it is long enough and has no digit. */
interface Term {
  text: string;
  bigrams?: Bigrams;
}

/** Distinct character pairs of a text, each as its two UTF-16 code units in one number, ascending. */
type Bigrams = Uint32Array;

/** What a comparison reads of one statement, derived once per content object (contents are shared per text). */
interface PreparedContent {
  words: readonly string[];
  wordSet: ReadonlySet<string>;
  /** The words without repeats, in first-seen order: the terms when no compound is merged. */
  distinct: readonly Term[];
  /** words[i] + words[i + 1], the compound a neighbour pair may stand for. */
  joined: readonly string[];
  values: readonly string[];
  valuesKey: string;
}

/** Contents made here carry their prepared form; others' (a plugin's own objects) are kept aside. */
const PREPARED = Symbol('prepared');

interface OwnContent {
  [PREPARED]?: PreparedContent;
}

const preparedContents = new WeakMap<StatementContent, PreparedContent>();

function prepared(content: StatementContent & OwnContent): PreparedContent {
  let ready = content[PREPARED] ?? preparedContents.get(content);
  if (!ready) {
    const words = content.words;
    const values = content.numbers.filter((n) => /\d/.test(n));
    ready = {
      words,
      wordSet: new Set(words),
      distinct: [...new Set(words)].map(term),
      joined: words.slice(0, -1).map((word, i) => word + words[i + 1]!),
      values,
      valuesKey: values.join(' '),
    };
    if (PREPARED in content) content[PREPARED] = ready;
    else preparedContents.set(content, ready);
  }
  return ready;
}

/**
 * One statement's distinct terms against the other: neighbours whose concatenation is one word of
 * the other text are joined ("sign up" / "signup", "e mail" / "email").
 */
function mergedTerms(own: PreparedContent, other: PreparedContent): readonly Term[] {
  const { words, joined } = own;
  const otherWords = other.wordSet;
  let merges = false;
  for (let i = 0; i < joined.length && !merges; i++) merges = otherWords.has(joined[i]!) && !otherWords.has(words[i]!);
  if (!merges) return own.distinct;
  const merged: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (i + 1 < words.length && otherWords.has(joined[i]!) && !otherWords.has(words[i]!)) {
      merged.push(joined[i]!);
      i++;
    } else merged.push(words[i]!);
  }
  return [...new Set(merged)].map(term);
}

/** How many terms of each side match some term of the other (each pair compared once). */
function countMatches(termsA: readonly Term[], termsB: readonly Term[]): { matchedA: number; matchedB: number } {
  const hitB = new Uint8Array(termsB.length);
  let matchedA = 0;
  for (const a of termsA) {
    let hit = false;
    for (let j = 0; j < termsB.length; j++) {
      if (termsMatch(a, termsB[j]!)) {
        hit = true;
        hitB[j] = 1;
      }
    }
    if (hit) matchedA++;
  }
  let matchedB = 0;
  for (const h of hitB) matchedB += h;
  return { matchedA, matchedB };
}

/** Same stem, or spelt nearly alike (natural's bigram Dice >= 0.8). Short terms must match exactly. */
function termsMatch(a: Term, b: Term): boolean {
  if (a.text === b.text) return true;
  return a.bigrams !== undefined && b.bigrams !== undefined && diceAtLeast(a.bigrams, b.bigrams, 0.8);
}

function term(text: string): Term {
  return text.length < 5 ? { text } : { text, bigrams: termBigrams(text) };
}

/**
 * natural's dice_coefficient, computed on bigrams kept per term: the same distinct character
 * pairs of the same sanitised text, and the same expression, so the same answers. The bound
 * (shared pairs are at most the smaller set) skips most pairs without counting; sorted codes
 * are counted in one walk, without hashing a string.
 */
function diceAtLeast(a: Bigrams, b: Bigrams, threshold: number): boolean {
  const total = a.length + b.length;
  if ((2 * Math.min(a.length, b.length)) / total < threshold) return false;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * shared) / total >= threshold;
}

/** Bigrams per term (bounded); undefined for terms with a digit, which only match exactly. */
const bigramSets = new Map<string, Bigrams | undefined>();

function termBigrams(term: string): Bigrams | undefined {
  let bigrams = bigramSets.get(term);
  if (bigrams === undefined && !bigramSets.has(term)) {
    bigrams = /\d/.test(term) ? undefined : bigramsOf(term.toLowerCase().replace(/\s+/g, ' ').replace(/^\s+|\s+$/g, ''));
    if (bigramSets.size > 20_000) bigramSets.clear();
    bigramSets.set(term, bigrams);
  }
  return bigrams;
}

/** natural's getBigrams: distinct two-character slices, a lone character padded with a space. */
function bigramsOf(text: string): Bigrams {
  const padded = text.length === 1 ? `${text} ` : text;
  const codes = new Set<number>();
  for (let i = 0; i < padded.length - 1; i++) codes.add(padded.charCodeAt(i) * 0x10000 + padded.charCodeAt(i + 1));
  return Uint32Array.from(codes).sort();
}

export { closestName, nameMatcher } from './name-matcher.js';
