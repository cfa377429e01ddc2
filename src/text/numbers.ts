/**
 * Finds the quantities people write in key results ("40%", "4.1 out of 5", "$1.2M",
 * "twenty five", "45 min", "2h", "24-48 hours", "80%+") and keeps dates, times and
 * identifiers out of them (dates.ts). Works on the token stream; each step looks at a
 * bounded window of tokens, so the scan is linear in the length of the text.
 */
import { wordTable } from './word-table.js';
import { dateAt, isIdentifierNumber, isMonth, wordMayOpenDate, type DateMention } from './dates.js';
import { fractionWordsAt, LARGE, numberWordsAt, wordMayBeNumber } from './number-words.js';
import { placeholderAt, wordMayOpenPlaceholder } from './placeholders.js';
import { shareRangeUnits } from './range-units.js';
import type { Token } from './tokens.js';

export { isMonth };
export type { DateMention };

export type QuantityUnit = 'percent' | 'currency' | 'duration' | 'score' | 'count' | 'multiple';

export interface Quantity {
  value: number;
  unit: QuantityUnit;
  /** Offsets of the whole quantity in the text. */
  start: number;
  end: number;
  raw: string;
  /** Indices of the first and last token of the quantity. */
  firstToken: number;
  lastToken: number;
  /** Upper end of a band: "24-48 hours", "10-14 hours". */
  upTo?: number;
  /** Written as a hyphenated modifier: "a 2-hour response time", "30-day churn". */
  attributive?: boolean;
  /** A bound rather than a point: "at least 60%" and "80%+" are 'min'; "under 300 ms" is 'max'. */
  bound?: 'min' | 'max';
  /** Not a target itself: "every 2 weeks" (frequency), "per 30 days" (denominator), "top 3" (selection), "a 28-day period" (window). */
  role?: 'frequency' | 'denominator' | 'selection' | 'window';
  /** A change from an unstated start: "by 20%", "double", "500 more", "a 10% increase" (set by the analysis). */
  relative?: boolean;
  /** The period of a rate: "4 per month", "20 a week", "5/month". */
  per?: string;
  /** The unit word when it is not part of raw: "18" in "from 18 to 12 minutes" takes "minutes" from the other end. */
  unitWord?: string;
  /** A scale written after the digits ("1.5M", "3 million"), shared with a bare start: "from $2 to $1.5M". */
  scale?: number;
}

const GLUED_SCALE = wordTable<number>({ k: 1e3, m: 1e6, mm: 1e6, mn: 1e6, b: 1e9, bn: 1e9 });
/** Data sizes compare on one scale: "2.4 MB" is more than "900 KB". */
const DATA_SIZES = wordTable<number>({ b: 1, bytes: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 });
const RELATIVE_WORDS = wordTable<number>({ double: 2, triple: 3, quadruple: 4, halve: 0.5 });

const DURATION_UNITS = new Set([
  'ms', 'millisecond', 'milliseconds', 's', 'sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes',
  'h', 'hr', 'hrs', 'hour', 'hours', 'd', 'day', 'days', 'workday', 'workdays', 'week', 'weeks', 'wk', 'wks',
  'month', 'months', 'mo', 'year', 'years', 'iteration', 'iterations', 'sprint', 'sprints', 'quarter', 'quarters',
]);
const PERIODS = new Set(['second', 'minute', 'hour', 'day', 'workday', 'week', 'month', 'quarter', 'year', 'sprint', 'release', 'cycle']);
/** "a 28-day period", "7-day rolling average", "30-day retention": the duration is the window of a metric. */
const WINDOW_NOUNS = new Set(['period', 'window', 'rolling', 'moving', 'average', 'trial', 'churn', 'retention', 'active', 'cohort', 'lookback']);
const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '¥']);
const CURRENCY_WORDS = new Set(['usd', 'eur', 'gbp', 'dollars', 'dollar', 'euros', 'euro', 'pounds']);
const MIN_BEFORE = new Set(['least', 'minimum', 'over', 'above', 'exceed', 'exceeds', 'exceeding', 'beyond', '>', '>=', '≥']);
const MAX_BEFORE = new Set(['most', 'under', 'below', 'within', 'maximum', 'max', '<', '<=', '≤', 'inside']);
const MIN_AFTER = new Set(['more', 'higher', 'above', 'greater', 'better', 'over']);
const MAX_AFTER = new Set(['less', 'fewer', 'lower', 'below', 'under', 'faster', 'sooner']);

const glued = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;

export interface NumberScan {
  quantities: Quantity[];
  dates: DateMention[];
  /** Placeholders standing in for a number or a name: "X%", "$N", "TBD", "??", "(owner)". */
  placeholders: DateMention[];
}

export function scanNumbers(text: string, tokens: Token[]): NumberScan {
  return scan(text, tokens, true);
}

/** scanNumbers asking every token, plain words included: what the word pre-check must never change (tests). */
export function scanNumbersAtEveryToken(text: string, tokens: Token[]): NumberScan {
  return scan(text, tokens, false);
}

/** Per lower-case word: can a placeholder, a date or a quantity start at it? Most words cannot. */
const wordOpensSomething = new Map<string, boolean>();

function mayOpenSomething(lower: string): boolean {
  let answer = wordOpensSomething.get(lower);
  if (answer === undefined) {
    answer = wordMayOpenPlaceholder(lower) || wordMayOpenDate(lower) || wordMayOpenQuantity(lower);
    if (wordOpensSomething.size > 20_000) wordOpensSomething.clear();
    wordOpensSomething.set(lower, answer);
  }
  return answer;
}

/** Can quantityAt find anything at a word with this lower-case form? The same `in` look-ups as relativeWordAt. */
function wordMayOpenQuantity(lower: string): boolean {
  return lower in RELATIVE_WORDS || lower === 'twice' || lower === 'once' || lower === 'half' || lower === 'a' || lower === 'an' || wordMayBeNumber(lower);
}

function scan(text: string, tokens: Token[], skipPlainWords: boolean): NumberScan {
  const quantities: Quantity[] = [];
  const dates: DateMention[] = [];
  const placeholders: DateMention[] = [];
  const span = (from: number, to: number) => ({ start: tokens[from]!.start, end: tokens[to]!.end, raw: text.slice(tokens[from]!.start, tokens[to]!.end) });

  for (let i = 0; i < tokens.length; i++) {
    // Each step below looks at the token itself first: a plain word ("churn", "reduce") starts none.
    if (skipPlainWords && tokens[i]!.kind === 'word' && !mayOpenSomething(tokens[i]!.lower)) continue;
    const placeholderEnd = placeholderAt(tokens, i);
    if (placeholderEnd >= 0) {
      const withSymbol = i > 0 && CURRENCY_SYMBOLS.has(tokens[i - 1]!.text) && glued(tokens[i - 1], tokens[i]) ? i - 1 : i;
      placeholders.push(span(withSymbol, placeholderEnd));
      i = placeholderEnd;
      continue;
    }
    const date = dateAt(tokens, i);
    if (date) {
      dates.push({ ...span(i, date.end), kind: date.kind });
      i = date.end;
      continue;
    }
    const found = quantityAt(tokens, i);
    if (!found) continue;
    const { first, last } = found;
    quantities.push({ ...found.quantity, ...span(first, last), firstToken: first, lastToken: last });
    i = last;
  }
  shareRangeUnits(tokens, quantities);
  return { quantities, dates, placeholders };
}

type Partial = { quantity: Omit<Quantity, 'start' | 'end' | 'raw' | 'firstToken' | 'lastToken'>; first: number; last: number };

function quantityAt(tokens: Token[], i: number): Partial | undefined {
  const token = tokens[i]!;
  if (token.kind === 'word') {
    const relative = relativeWordAt(tokens, i);
    if (relative) return relative;
  }
  let value: number | undefined;
  let last = i;
  if (token.kind === 'number') {
    if (isIdentifierNumber(tokens, i)) return undefined;
    value = parseNumeral(token.text);
  } else if (token.kind === 'word') {
    // "within an hour", "longer than a day": one unit of time after a bound
    const prev = tokens[i - 1];
    if ((token.lower === 'a' || token.lower === 'an') && prev && /^(than|within|under|over|below|above|inside)$/.test(prev.lower) && DURATION_UNITS.has(tokens[i + 1]?.lower ?? '')) {
      value = 1;
    }
    const words = value === undefined ? numberWordsAt(tokens, i) : { value, last: i };
    if (!words) return undefined;
    ({ value, last } = words);
  }
  if (value === undefined || Number.isNaN(value)) return undefined;

  const quantity: Partial['quantity'] = { value, unit: 'count' };
  let first = i;
  const prev = tokens[i - 1];
  if (prev && CURRENCY_SYMBOLS.has(prev.text)) {
    quantity.unit = 'currency';
    first = i - 1;
  } else if (prev && CURRENCY_WORDS.has(prev.lower)) {
    quantity.unit = 'currency';
    first = i - 1;
  }
  if (tokens[first - 1]?.text === '+' && glued(tokens[first - 1], tokens[first])) first--;
  last = readSuffix(tokens, last, quantity);
  if (last < 0) return undefined;
  markBound(tokens, first, last, quantity);
  markRole(tokens, first, last, quantity);
  return { quantity, first, last };
}

/** "double", "triple", "halve", "twice as", "by half", "half of" (= 50%), "3 times more". */
function relativeWordAt(tokens: Token[], i: number): Partial | undefined {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (t.lower in RELATIVE_WORDS) return { quantity: { value: RELATIVE_WORDS[t.lower]!, unit: 'multiple' }, first: i, last: i };
  if (t.lower === 'twice' || t.lower === 'once') {
    if (next && (next.lower === 'a' || next.lower === 'per' || next.lower === 'every' || next.lower === 'each')) {
      return { quantity: { value: t.lower === 'twice' ? 2 : 1, unit: 'count', role: 'frequency' }, first: i, last: i };
    }
    return t.lower === 'twice' ? { quantity: { value: 2, unit: 'multiple' }, first: i, last: i } : undefined;
  }
  const fraction = fractionWordsAt(tokens, i);
  if (fraction) return { quantity: { value: fraction.value, unit: 'percent' }, first: i, last: fraction.last };
  if (t.lower === 'half') {
    if (prev && /^(first|second|1st|2nd)$/.test(prev.lower)) return undefined;
    if (next?.lower === 'of' || next?.lower === 'the') return { quantity: { value: 50, unit: 'percent' }, first: i, last: i };
    const change = prev?.lower === 'a' ? tokens[i - 2] : prev; // "by half", "by a half"
    if (change && /^(by|in|nearly|almost|roughly|about)$/.test(change.lower)) return { quantity: { value: 0.5, unit: 'multiple' }, first: i, last: i };
  }
  return undefined;
}

/** Units, scales, bands and scales of a score after the number; returns the last token or -1 to drop it. */
function readSuffix(tokens: Token[], last: number, q: Partial['quantity']): number {
  let after = tokens[last + 1];
  // "1.2k", "$3M", "2h", "300ms", "3x", "5pp" glued to the digits
  if (after && glued(tokens[last], after) && after.kind === 'word') {
    if (after.lower in GLUED_SCALE && !(after.lower === 'm' && q.unit !== 'currency' && tokens[last + 2] === undefined && tokens[last - 1]?.text === '<')) {
      q.value *= GLUED_SCALE[after.lower]!;
      q.scale = GLUED_SCALE[after.lower]!;
      last++;
    } else if (DURATION_UNITS.has(after.lower)) {
      q.unit = 'duration';
      last++;
    } else if (after.lower === 'x') {
      q.unit = 'multiple';
      last++;
    } else if (after.lower === 'pp' || after.lower === 'pct') {
      q.unit = 'percent';
      last++;
    }
  } else if (after?.kind === 'word' && after.lower in LARGE) {
    q.value *= LARGE[after.lower]!;
    q.scale = LARGE[after.lower]!;
    last++;
  }
  after = tokens[last + 1];
  if (after?.kind === 'word' && after.lower in DATA_SIZES && after.lower !== 'b' && (glued(tokens[last], after) || after.text !== after.lower)) {
    q.value *= DATA_SIZES[after.lower]!;
    last++;
    after = tokens[last + 1];
  }
  // Bands "24-48 hours", "10–14"; hyphenated modifiers "2-hour", "30-day"
  if (after && (after.text === '-' || after.text === '–') && tokens[last + 2]) {
    const next = tokens[last + 2]!;
    if (next.kind === 'number' && Number(parseNumeral(next.text)) > q.value) {
      q.upTo = parseNumeral(next.text);
      last += 2;
    } else if (glued(after, next) && glued(tokens[last], after) && next.kind === 'word') {
      if (DURATION_UNITS.has(next.lower)) {
        q.unit = 'duration';
        q.attributive = true;
        if (WINDOW_NOUNS.has(tokens[last + 3]?.lower ?? '')) q.role = 'window';
        return last + 2;
      }
      if (next.lower !== 'to') return -1; // "5-star", "3-person": a modifier naming a kind of thing
    }
  }
  const unit = tokens[last + 1];
  const unit2 = tokens[last + 2];
  if (unit) {
    if (unit.text === '%' || unit.lower === 'percent' || unit.lower === 'pct' || unit.lower === 'pp') {
      q.unit = 'percent';
      last++;
      if (tokens[last + 1]?.lower === 'points') last++;
    } else if (unit.lower === 'per' && unit2?.lower === 'cent') {
      q.unit = 'percent';
      last += 2;
    } else if (unit.lower === 'percentage' && unit2?.lower === 'points') {
      q.unit = 'percent';
      last += 2;
    } else if (unit.lower === 'points' || unit.lower === 'pts' || unit.lower === 'point') {
      q.unit = 'score';
      last++;
    } else if (q.unit !== 'currency' && DURATION_UNITS.has(unit.lower)) {
      q.unit = 'duration';
      last++;
    } else if (q.unit !== 'currency' && (unit.lower === 'business' || unit.lower === 'working' || unit.lower === 'calendar') && DURATION_UNITS.has(unit2?.lower ?? '')) {
      q.unit = 'duration';
      last += 2;
    } else if (CURRENCY_WORDS.has(unit.lower)) {
      q.unit = 'currency';
      last++;
    } else if (unit.lower === 'times' && unit2 && /^(more|higher|faster|larger|bigger|as|better)$/.test(unit2.lower)) {
      q.unit = 'multiple';
      last++;
    }
  }
  // "4.1 out of 5", "4.1/5", "8/10"
  const scale = tokens[last + 1];
  if (scale?.text === '/' && tokens[last + 2]?.kind === 'number' && parseNumeral(tokens[last + 2]!.text) >= q.value) {
    q.unit = 'score';
    last += 2;
  } else if (scale?.lower === 'out' && tokens[last + 2]?.lower === 'of' && tokens[last + 3]?.kind === 'number') {
    q.unit = 'score';
    last += 3;
  }
  // Rates: "4 per month", "20 a week", "5/month"
  const rate = tokens[last + 1];
  const period = tokens[last + 2];
  if (rate && period && (rate.lower === 'per' || rate.lower === 'a' || rate.lower === 'an' || rate.text === '/') && PERIODS.has(period.lower)) {
    q.per = period.lower;
  }
  return last;
}

function markBound(tokens: Token[], first: number, last: number, q: Partial['quantity']): void {
  const after = tokens[last + 1];
  if (after?.text === '+' && glued(tokens[last], after)) q.bound = 'min';
  else if (after?.lower === 'or' && tokens[last + 2]) {
    const word = tokens[last + 2]!.lower;
    if (MIN_AFTER.has(word)) q.bound = 'min';
    else if (MAX_AFTER.has(word)) q.bound = 'max';
  }
  if (q.bound) return;
  for (let back = 1; back <= 3; back++) {
    const t = tokens[first - back];
    if (!t || t.kind === 'number') break;
    if (t.text === '>' && /^[-=]$/.test(tokens[first - back - 1]?.text ?? '') && glued(tokens[first - back - 1], t)) break; // an arrow "->" or "=>", not "greater than"
    const lower = t.lower;
    const before = tokens[first - back - 1]?.lower;
    const negated = tokens[first - back - 2]?.lower === 'no' || tokens[first - back - 2]?.lower === 'not';
    if (lower === 'than' && before === 'more' && negated) q.bound = 'max';
    else if (lower === 'than' && (before === 'less' || before === 'fewer') && negated) q.bound = 'min';
    else if (lower === 'than' && (before === 'more' || before === 'greater' || before === 'higher')) q.bound = 'min';
    else if (lower === 'than' && (before === 'less' || before === 'fewer' || before === 'lower' || before === 'longer' || before === 'later')) {
      q.bound = 'max';
    } else if (MIN_BEFORE.has(lower) && !(lower === 'least' && before !== 'at')) {
      q.bound = 'min';
    } else if (MAX_BEFORE.has(lower) || (lower === 'to' && before === 'up')) {
      q.bound = 'max';
    }
    if (q.bound) return;
    if (!/^(a|an|of|the|than|at|no|not|just|only|in|to|least|most|up)$/.test(lower) && !CURRENCY_SYMBOLS.has(t.text) && t.text !== '=') return;
  }
}

function markRole(tokens: Token[], first: number, last: number, q: Partial['quantity']): void {
  const prev = tokens[first - 1];
  if (prev?.lower === 'every' || (prev?.lower === 'other' && tokens[first - 2]?.lower === 'every')) q.role = 'frequency';
  else if (prev?.lower === 'per' || (prev?.text === '/' && glued(prev, tokens[first]))) q.role = 'denominator';
  else if (prev?.lower === 'top' || prev?.lower === 'bottom') q.role = 'selection';
  else if (tokens[last + 1]?.lower === 'times' && /^(a|per|every|each)$/.test(tokens[last + 2]?.lower ?? '')) q.role = 'frequency';
}

export function parseNumeral(raw: string): number {
  // "1,200" is a thousands separator; "4,5" (a decimal comma) is rare in English OKRs.
  const normalised = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw) ? raw.replace(/,/g, '') : raw.replace(',', '.');
  return Number(normalised);
}

