/**
 * One pass of language analysis over a key result or objective text. Rules ask
 * questions of the result (which words, which quantities, is there a start value)
 * instead of matching substrings. The engine caches one analysis per distinct text.
 */
import { scanNumbers, type DateMention, type Quantity } from './numbers.js';
import { tokenize, type Token } from './tokens.js';
import { withMemo } from './memo.js';

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
  /** Quantities that measure something (dates and identifiers excluded; see Quantity.role for frequencies). */
  quantities: Quantity[];
  dates: DateMention[];
  placeholders: DateMention[];
  /** "from 40% to 60%", "40% -> 60%", "96%→99%", "to 50 from 32". */
  range?: QuantityRange;
  /** A start value is stated: a range, "up from 40%", "currently 12", "baseline 3", "(32 last quarter)". */
  hasStartValue: boolean;
  /** The target is relative to an unstated start: "by 20%", "double", "3x", "a 10% increase", "save 8 hours". */
  relative: boolean;
  /** Some quantity is a bound: "at least", "under", "< 300 ms", "no more than", "80%+". */
  threshold: boolean;
  /** The text ends in a question mark. */
  question: boolean;
  /** A target of nothing at all: "No P1 incidents", "zero idle stretches", "Eliminate errors", "Never ...". */
  zeroTarget: boolean;
  /** A comparison period named without its value: "vs last year", "quarter over quarter", "YoY". */
  namedBaseline?: string;
  /** Amounts that are not numbers: "a few", "several", "as many as possible". */
  vagueAmounts: string[];
  /**
   * Only a prefix of a longer text was analysed (a robustness cap): whatever the analysis did not
   * find may lie beyond it, so rules must not report something as missing.
   */
  truncated: boolean;
}

const ARROWS = new Set(['->', '→', '=>', '⇒', '➝', '—>', '-->', '➔', '⟶']);
const START_BEFORE = new Set(['from', 'baseline', 'currently', 'today', 'vs', 'versus', 'was', 'previously', 'compared', 'current', 'starting', 'now']);
const START_AFTER = new Set(['today', 'baseline', 'currently', 'now', 'previously']);
const PERIOD_WORDS = new Set(['year', 'quarter', 'month', 'week', 'period', 'cycle', 'release', 'season', 'sprint', 'half', 'q1', 'q2', 'q3', 'q4']);
const PAST_WORDS = new Set(['last', 'previous', 'prior', 'past']);
const COMPARATORS = new Set(['vs', 'versus', 'compared', 'than', 'relative', 'over', 'against', 'on', 'above', 'below', 'from']);
const RELATIVE_AFTER = new Set(['increase', 'decrease', 'reduction', 'improvement', 'growth', 'uplift', 'lift', 'drop', 'decline', 'gain', 'boost', 'rise', 'cut', 'more', 'fewer', 'less', 'higher', 'lower', 'faster', 'slower', 'yoy', 'qoq', 'mom', 'increment', 'jump']);
const APPROXIMATORS = new Set(['about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'some', 'over']);
const RELATIVE_VERBS = new Set(['save', 'reclaim', 'shave', 'trim', 'gain', 'free']);
const ZERO_OPENERS = new Set(['no', 'never', 'zero', 'eliminate', 'eradicate']);
const NOT_ZERO_AFTER = new Set(['more', 'less', 'fewer', 'longer', 'later', 'than', 'worse', 'lower', 'higher', 'one']);
const CLAUSE_BREAKS = new Set([',', ';', ':', '.', '—']);
/** After a bare count only comparatives make it a change ("500 more users"); "one improvement" is a count. */
const COUNT_RELATIVE_AFTER = new Set(['more', 'fewer', 'less', 'higher', 'lower', 'extra', 'additional']);

/** `fullLength` is the length of the text `text` was cut from, when only a prefix is analysed. */
export function analyzeText(text: string, fullLength = text.length): TextAnalysis {
  const tokens = tokenize(text);
  const words = tokens.filter((t) => t.kind === 'word');
  const { quantities, dates, placeholders } = scanNumbers(text, tokens);
  const range = findRange(text, tokens, quantities);
  const analysis: TextAnalysis = {
    text,
    tokens,
    words,
    stems: new Set(words.map((w) => w.stem)),
    quantities,
    dates,
    placeholders,
    range,
    hasStartValue: range !== undefined || quantities.some((q) => statesStart(tokens, q)),
    relative: markRelative(tokens, quantities),
    threshold: quantities.some((q) => q.bound !== undefined) || placeholders.some((p) => /^(least|most|under|below|over|above|within)$/.test(wordBefore(tokens, p.start))),
    question: text.trim().endsWith('?'),
    zeroTarget: quantities.some((q) => q.value === 0 && q.unit === 'count' && !q.role) || opensWithZero(tokens),
    namedBaseline: findNamedBaseline(text, tokens),
    vagueAmounts: findVagueAmounts(tokens),
    truncated: fullLength > text.length,
  };
  return withMemo(analysis);
}

/** The lower-case token just before an offset (binary search: placeholders carry offsets, not indices). */
function wordBefore(tokens: Token[], offset: number): string {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return tokens[low - 1]?.lower ?? '';
}

function findRange(_text: string, tokens: Token[], quantities: Quantity[]): QuantityRange | undefined {
  for (let i = 0; i + 1 < quantities.length; i++) {
    const a = quantities[i]!;
    const b = quantities[i + 1]!;
    if (a.role || b.role) continue;
    const gapTokens = tokens.slice(a.lastToken + 1, b.firstToken);
    const gap = gapTokens.map((t) => t.text).join('');
    if (isArrowGap(gapTokens)) return { from: a, to: b };
    const fromBefore = precededBy(tokens, a.firstToken, 'from', 3);
    const lastGap = gapTokens[gapTokens.length - 1]?.lower;
    // "from 4 per month to 1", "from 96 % to 99 %", "from 8.4 days down to 7"
    if (fromBefore && lastGap === 'to' && gapTokens.length <= 6) return { from: a, to: b };
    // "to 50 from 32"
    if (lastGap === 'from' && gapTokens.length <= 3 && precededBy(tokens, a.firstToken, 'to', 2)) return { from: b, to: a };
    // "Raise conversion 40% to 60%" when both sides carry the same non-count unit
    if (gapTokens.length === 1 && lastGap === 'to' && a.unit === b.unit && a.unit !== 'count') return { from: a, to: b };
  }
  return undefined;
}

/** Words that may follow an arrow before the new value: "→ under 1 day", "-> at least 60%". */
const ARROW_LEAD_INS = new Set(['under', 'below', 'over', 'above', 'at', 'least', 'most', 'about', 'around', 'roughly', 'approximately', 'less', 'more', 'than', 'max', 'min', '~', '≈', '<', '>', '≤', '≥', '<=', '>=']);

/**
 * The gap between two quantities is an arrow: "96% -> 99%", "9,000 km → 14,000 km" (a unit
 * word the scanner does not know may stand before the arrow), "3.5 days → under 1 day".
 */
function isArrowGap(gapTokens: Token[]): boolean {
  let from = 0;
  // At most two unit words ("km", "tonnes CO2e") before the arrow.
  while (from < gapTokens.length && from < 2 && gapTokens[from]!.kind === 'word') from++;
  let to = gapTokens.length;
  while (to > from && to - from > 1 && ARROW_LEAD_INS.has(gapTokens[to - 1]!.lower) && gapTokens[to - 1]!.text !== '>') to--;
  const arrow = gapTokens.slice(from, to).map((t) => t.text).join('');
  return ARROWS.has(arrow) || arrow === '→' || arrow === '->' || arrow === '=>' || arrow === '⟶';
}

function precededBy(tokens: Token[], index: number, word: string, window: number): boolean {
  for (let back = 1; back <= window; back++) {
    const t = tokens[index - back];
    if (!t || t.kind === 'number') return false;
    if (t.lower === word) return true;
    if (!/^(a|an|the|about|around|roughly|approximately|just|[$€£¥~≈])$/.test(t.lower)) return false;
  }
  return false;
}

/** A quantity is a start value: "from 40%", "currently 12", "(baseline 3)", "12 today", "32 last quarter". */
function statesStart(tokens: Token[], q: Quantity): boolean {
  if (q.role) return false;
  // "from" must sit right before the number ("up from 40%", "from about 12"): in "requests from
  // customers within 60 s" it names a source, not a start.
  if (precededBy(tokens, q.firstToken, 'from', 3)) return true;
  for (let back = 1; back <= 3; back++) {
    const t = tokens[q.firstToken - back];
    if (!t || t.kind === 'number' || t.text === '.' || t.text === ';') break;
    if (t.lower !== 'from' && START_BEFORE.has(t.lower)) return true;
    if (isNowPossessive(tokens, q.firstToken - back)) return true;
    // "in 3 days instead of 7", "rather than 12": the value being replaced is today's
    if ((t.lower === 'of' && tokens[q.firstToken - back - 1]?.lower === 'instead') || (t.lower === 'than' && tokens[q.firstToken - back - 1]?.lower === 'rather')) return true;
  }
  const after = tokens[q.lastToken + 1];
  if (after && START_AFTER.has(after.lower)) return true;
  const period = tokens[q.lastToken + 2];
  return after !== undefined && PAST_WORDS.has(after.lower) && period !== undefined && PERIOD_WORDS.has(period.lower);
}

/** "today's 6%", "last quarter's 41": the value belongs to the present or a past period, so it is the start. */
function isNowPossessive(tokens: Token[], at: number): boolean {
  const word = tokens[at]!.lower;
  if (!word.endsWith("'s")) return false;
  const owner = word.slice(0, -2);
  return START_AFTER.has(owner) || (PERIOD_WORDS.has(owner) && PAST_WORDS.has(tokens[at - 1]?.lower ?? ''));
}

function markRelative(tokens: Token[], quantities: Quantity[]): boolean {
  let any = false;
  for (const q of quantities) {
    if (isRelative(tokens, q)) {
      q.relative = true;
      any = true;
    }
  }
  return any;
}

function isRelative(tokens: Token[], q: Quantity): boolean {
  if (q.role) return false;
  if (q.unit === 'multiple') return true;
  // "by about 20%", "by roughly a fifth": an approximation between "by" and the amount
  const hedged = APPROXIMATORS.has(tokens[q.firstToken - 1]?.lower ?? '') && tokens[q.firstToken - 2]?.lower === 'by';
  const prev = tokens[q.firstToken - 1];
  if (hedged) return true;
  if (prev && (prev.lower === 'by' || ((prev.lower === 'up' || prev.lower === 'down') && tokens[q.firstToken - 2]?.lower !== 'or'))) return true;
  if (prev && RELATIVE_VERBS.has(prev.lower)) return true;
  if (prev?.lower === 'another' || prev?.lower === 'extra' || prev?.lower === 'additional') return true;
  for (let ahead = 1; ahead <= 2; ahead++) {
    const t = tokens[q.lastToken + ahead];
    if (!t) break;
    const afterWords = q.unit === 'count' ? COUNT_RELATIVE_AFTER : RELATIVE_AFTER;
    if (afterWords.has(t.lower) || (/-(over|on)-/.test(t.lower) && RELATIVE_AFTER.has(tokens[q.lastToken + ahead + 1]?.lower ?? ''))) {
      return !(tokens[q.lastToken + ahead - 1]?.lower === 'or' || (t.lower === 'more' && tokens[q.lastToken + ahead + 1]?.lower === 'than'));
    }
    if (t.kind !== 'word' || ahead === 2) break;
    if (!/-(over|on)-/.test(t.lower) && !/^(points|pts|pp|percent)$/.test(t.lower)) break;
  }
  return false;
}

function opensWithZero(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!ZERO_OPENERS.has(t.lower)) continue;
    // "... with no exceptions", "... with zero defects": a zero target closing the KR.
    const next = tokens[i + 1];
    // "with no human in the loop" describes a setup; only a plural count ("defects", "exceptions") is a target.
    const withNoPlural = tokens[i - 1]?.lower === 'with' && next !== undefined && /[^s]s$/.test(next.lower);
    const atClauseStart = i === 0 || CLAUSE_BREAKS.has(tokens[i - 1]!.text) || withNoPlural;
    if (!atClauseStart && t.lower !== 'zero' && t.lower !== 'eliminate' && t.lower !== 'eradicate') continue;
    if (next && !NOT_ZERO_AFTER.has(next.lower)) return true;
  }
  return false;
}

function findNamedBaseline(text: string, tokens: Token[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "quarter-over-quarter", "year on year", "YoY"
    if (/^(year|quarter|month|week)-(over|on)-(year|quarter|month|week)$/.test(t.lower) || t.lower === 'yoy' || t.lower === 'qoq') return t.text;
    if (PERIOD_WORDS.has(t.lower) && /^(over|on)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === t.lower) {
      return text.slice(t.start, tokens[i + 2]!.end);
    }
    // "vs last year", "compared with the previous quarter", "than last month"
    if (PAST_WORDS.has(t.lower) && PERIOD_WORDS.has(tokens[i + 1]?.lower ?? '')) {
      for (let back = 1; back <= 3; back++) {
        const b = tokens[i - back];
        if (!b || b.kind === 'number') break;
        if (COMPARATORS.has(b.lower)) return text.slice(b.start, tokens[i + 1]!.end);
      }
    }
  }
  return undefined;
}

function findVagueAmounts(tokens: Token[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.lower;
    const next = tokens[i + 1]?.lower;
    if (t === 'a' && (next === 'few' || next === 'couple' || next === 'handful' || next === 'lot')) found.push(`a ${next}`);
    else if (t === 'several' || t === 'numerous' || t === 'plenty') found.push(t);
    else if (t === 'lots' && next === 'of') found.push('lots of');
    else if (t === 'as' && (next === 'many' || next === 'much' || next === 'often' || next === 'soon' || next === 'fast' || next === 'high' || next === 'low')) {
      for (let j = i + 2; j < tokens.length && j <= i + 7; j++) {
        if (tokens[j]!.lower === 'as' && tokens[j + 1]?.lower === 'possible') {
          found.push(`as ${next} as possible`);
          break;
        }
      }
    }
  }
  return found;
}
