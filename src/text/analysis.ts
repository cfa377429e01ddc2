/**
 * One pass of language analysis over a key result or objective text. Rules ask
 * questions of the result (which words, which quantities, is there a start value)
 * instead of matching substrings.
 */
import { scanNumbers, type DateMention, type Quantity } from './numbers.js';
import { tokenize, type Token } from './tokens.js';

export type { DateMention, Quantity, Token };

export interface QuantityRange {
  from: Quantity;
  to: Quantity;
}

export interface TextAnalysis {
  text: string;
  tokens: Token[];
  /** Word tokens only, in order. */
  words: Token[];
  /** Porter stems of every word, for inflection-proof look-ups. */
  stems: ReadonlySet<string>;
  /** Quantities that measure something (dates and identifiers excluded). */
  quantities: Quantity[];
  dates: DateMention[];
  placeholders: DateMention[];
  /** "from 40% to 60%", "40% -> 60%", "96%→99%". */
  range?: QuantityRange;
  /** A start value is stated: a range, "up from 40%", "currently 12", "baseline 3". */
  hasStartValue: boolean;
  /** The target is relative to an unstated start: "by 20%", "double", "3x", "a 10% increase". */
  relative: boolean;
  /** The text compares to a bound: "at least", "under", "< 300 ms", "no more than". */
  threshold: boolean;
  /** The text ends in a question mark. */
  question: boolean;
}

const ARROWS = new Set(['->', '→', '=>', '⇒', '➝', '—>', '-->']);
const START_MARKERS = new Set(['from', 'baseline', 'currently', 'today', 'vs', 'versus', 'was', 'previously', 'compared']);
const THRESHOLD_WORDS = new Set(['least', 'most', 'under', 'below', 'above', 'over', 'within', 'less', 'fewer', 'more', 'exceed', 'exceeds', 'maximum', 'minimum', 'max', 'min', 'beyond', 'than', 'below']);
const THRESHOLD_SYMBOLS = new Set(['<', '>', '≤', '≥', '<=', '>=']);

export function analyzeText(text: string): TextAnalysis {
  const tokens = tokenize(text);
  const words = tokens.filter((t) => t.kind === 'word');
  const { quantities, dates, placeholders } = scanNumbers(text, tokens);
  const range = findRange(text, tokens, quantities);
  return {
    text,
    tokens,
    words,
    stems: new Set(words.map((w) => w.stem)),
    quantities,
    dates,
    placeholders,
    range,
    hasStartValue: range !== undefined || hasStartMarker(tokens, quantities),
    relative: isRelative(tokens, quantities),
    threshold: tokens.some((t) => THRESHOLD_SYMBOLS.has(t.text)) || words.some((w) => THRESHOLD_WORDS.has(w.lower)),
    question: text.trim().endsWith('?'),
  };
}

function tokenIndexAt(tokens: Token[], offset: number): number {
  return tokens.findIndex((t) => t.start >= offset);
}

/** Tokens strictly between two offsets, as one lowercase string. */
function between(text: string, from: number, to: number): string {
  return text.slice(from, to).trim().toLowerCase();
}

function findRange(text: string, tokens: Token[], quantities: Quantity[]): QuantityRange | undefined {
  for (let i = 0; i + 1 < quantities.length; i++) {
    const a = quantities[i]!;
    const b = quantities[i + 1]!;
    const gap = between(text, a.end, b.start);
    if (ARROWS.has(gap.replace(/\s+/g, ''))) return { from: a, to: b };
    // "from 4 per month to 1", "from 96 % to 99 %"
    const startIndex = tokenIndexAt(tokens, a.start);
    const before = tokens[startIndex - 1];
    const fromBefore = before?.lower === 'from' || (before && tokens[startIndex - 2]?.lower === 'from' && before.text !== '.');
    if (fromBefore && /(^|\s)to$/.test(gap) || fromBefore && /^(\S+\s){0,4}to$/.test(gap)) return { from: a, to: b };
    // "40% to 60%" with a leading verb, e.g. "Raise conversion 40% to 60%"
    if (gap === 'to' && a.unit === b.unit && a.unit !== 'count') return { from: a, to: b };
  }
  return undefined;
}

function hasStartMarker(tokens: Token[], quantities: Quantity[]): boolean {
  for (const q of quantities) {
    const i = tokenIndexAt(tokens, q.start);
    for (let back = 1; back <= 3; back++) {
      const t = tokens[i - back];
      if (!t) break;
      if (START_MARKERS.has(t.lower)) return true;
      if (t.kind === 'number') break;
    }
    // "12 today", "40% (baseline)"
    const after = tokens[tokenIndexAt(tokens, q.end)];
    if (after && (after.lower === 'today' || after.lower === 'baseline' || after.lower === 'currently')) return true;
  }
  return false;
}

const RELATIVE_NOUNS = new Set(['increase', 'decrease', 'reduction', 'improvement', 'growth', 'uplift', 'lift', 'drop', 'decline', 'gain', 'boost', 'rise', 'cut', 'more', 'fewer', 'less', 'higher', 'lower', 'faster', 'slower', 'yoy', 'mom', 'qoq']);

function isRelative(tokens: Token[], quantities: Quantity[]): boolean {
  for (const q of quantities) {
    if (q.unit === 'multiple') return true;
    const i = tokenIndexAt(tokens, q.start);
    const prev = tokens[i - 1];
    const prevPrev = tokens[i - 2];
    if (prev?.lower === 'by' || (CURRENCY_SYMBOL(prev) && prevPrev?.lower === 'by')) return true;
    const after = tokens[tokenIndexAt(tokens, q.end)];
    if (after && RELATIVE_NOUNS.has(after.lower)) return true;
  }
  return false;
}

function CURRENCY_SYMBOL(token: Token | undefined): boolean {
  return token !== undefined && /^[$€£¥]$/.test(token.text);
}
