/**
 * Placeholders: values the author never filled in ("X%", "$N", "N+", "TBD", "??",
 * "(owner)", "<target>"). Each test looks at a bounded window of tokens.
 */
import type { Token } from './tokens.js';

const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '¥']);
const glued = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;

const PLACEHOLDER_WORDS = new Set(['tbd', 'tbc', 'tba', 'xx', 'xxx', 'xxxx', 'nn', 'nnn', 'tk']);
const PLACEHOLDER_NAMES = new Set(['owner', 'name', 'who', 'metric', 'target', 'value', 'number', 'date', 'baseline', 'person', 'team', 'x', 'n', 'tbd', 'kpi', 'goal']);
const TARGET_WORDS = new Set(['to', 'at', 'of', 'above', 'below', 'under', 'over', 'than', 'reach', 'hit', 'exceed']);
const OPENERS: Record<string, string> = { '(': ')', '[': ']', '<': '>', '{': '}' };

/** "X%", "$N", "N+", "TBD", "??", "(owner)", "<target>": a value the author has not filled in. Returns the last token or -1. */
export function placeholderAt(tokens: Token[], i: number): number {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (t.kind === 'word' && PLACEHOLDER_WORDS.has(t.lower)) return i;
  if (t.text === '?' && next?.text === '?') {
    let end = i + 1;
    while (tokens[end + 1]?.text === '?') end++;
    return end;
  }
  // "(owner)", "[metric]", "<target value>", "{{x}}"
  const closer = OPENERS[t.text];
  if (closer) {
    let j = i + 1;
    // At most "{{" / "((": a long run of brackets is not a placeholder, and must not be rescanned from every bracket.
    if (tokens[j]?.text === t.text) j++;
    const words: string[] = [];
    while (tokens[j]?.kind === 'word' && words.length < 3) words.push(tokens[j++]!.lower);
    // Every word must be a slot name: "(owner)", "<target value>"; "(owner approved)" is prose.
    const slot = words.every((w) => PLACEHOLDER_NAMES.has(w) || w === 'the' || w === 'of' || w === 'current' || w === 'real');
    if (words.length > 0 && tokens[j]?.text === closer && slot && words.some((w) => PLACEHOLDER_NAMES.has(w)) && (t.text !== '<' || glued(t, tokens[i + 1]))) {
      if (tokens[j + 1]?.text === closer) j++;
      return j;
    }
  }
  // "$Xk", "€Nm": a letter and a scale glued after a currency symbol
  if (t.kind === 'word' && t.text.length === 2 && /^[xn][kmb]$/i.test(t.text) && prev && CURRENCY_SYMBOLS.has(prev.text) && glued(prev, t)) return i;
  if (t.kind === 'word' && t.text.length === 1 && /^[XNMYZ]$/i.test(t.text)) {
    if (next && (next.text === '%' || next.lower === 'percent') && (t.text === t.text.toUpperCase() || glued(t, next))) return i + 1;
    if (prev && CURRENCY_SYMBOLS.has(prev.text) && glued(prev, t)) return i;
    if (next && /^[kmb]$/i.test(next.text) && glued(t, next)) return i + 1;
    if (next?.text === '+' && glued(t, next) && /^[A-Z]$/.test(t.text)) return i + 1;
    // "at least N customers", "within X days": a capital letter where the number belongs
    if (/^[NX]$/.test(t.text) && next?.kind === 'word' && prev && (prev.kind === 'word' && prev.text === prev.lower || prev.text === '<' || prev.text === '>')) return i;
    // "Raise NPS to N", "keep churn below X.": a capital letter closing the sentence after a target word.
    if (/^[NX]$/.test(t.text) && (!next || next.kind === 'symbol') && prev && TARGET_WORDS.has(prev.lower)) return i;
  }
  return -1;
}

/** Can placeholderAt find anything at a word token with this lower-case form? False means never, whatever its neighbours. */
export function wordMayOpenPlaceholder(lower: string): boolean {
  return PLACEHOLDER_WORDS.has(lower) || /^[xn][kmb]$/.test(lower) || /^[xnmyz]$/.test(lower);
}

/**
 * Could a placeholder start in this text? False only when no token could open one in placeholderAt
 * (a placeholder word, a one- or two-letter word, "?" or an opening bracket), so a caller may skip
 * the analysis of a short field value ("Dana", "2027-03-31") that cannot hold one.
 */
export function mayHoldPlaceholder(tokens: readonly Token[]): boolean {
  return tokens.some((t) => (t.kind === 'word' ? t.text.length <= 2 || PLACEHOLDER_WORDS.has(t.lower) : t.text === '?' || OPENERS[t.text] !== undefined));
}

/**
 * "from TBD to 90%", "TBD → 4 days": whether a placeholder holds the start or the target of a
 * move the author wrote out; undefined when no move is written ("Raise NPS to X").
 */
export function placeholderRole(analysis: { tokens: Token[] }, placeholder: { start: number; end: number }): 'start' | 'target' | undefined {
  const { tokens } = analysis;
  const first = tokens.findIndex((t) => t.end > placeholder.start);
  const after = tokens.findIndex((t) => t.start >= placeholder.end);
  const before = tokens[first - 1]?.lower ?? '';
  const arrowAfter = after >= 0 && /^(→|-|–)$/.test(tokens[after]!.text) && (tokens[after]!.text === '→' || tokens[after + 1]?.text === '>');
  if (before === 'from' || arrowAfter) return 'start';
  const arrowBefore = before === '→' || (before === '>' && tokens[first - 2]?.text === '-');
  const fromEarlier = tokens.slice(0, first).some((t) => t.lower === 'from');
  if (arrowBefore || (fromEarlier && before === 'to')) return 'target';
  return undefined;
}

/**
 * The end of a move with its bound, phrased to follow "to": "at least 60%" -> "60% or more",
 * "under 300 ms" -> "less than 300 ms", a bare "at 99.9%" -> "99.9%"; never "to at", "to under".
 */
export function boundedValue(bound: string, value: string): string {
  const b = bound.trim().toLowerCase();
  if (b === '' || b === 'at' || b === '=') return value;
  if (/^(at least|min(imum)?|no (less|fewer) than|not (less|fewer) than|≥|>=)$/.test(b)) return `${value} or more`;
  if (/^(at most|max(imum)?|no more than|not more than|up to|≤|<=)$/.test(b)) return `${value} or less`;
  if (/^(in )?(under|below)$|^(in )?less than$|^<$/.test(b)) return `less than ${value}`;
  if (/^fewer than$/.test(b)) return `fewer than ${value}`;
  if (/^(above|over|more than|>)$/.test(b)) return `more than ${value}`;
  return `${bound}${value}`;
}
