/**
 * Finds the quantities people write in key results ("40%", "4.1 out of 5", "$1.2M",
 * "three", "45 min", "from 96 % to 99 %") and tells them apart from dates ("March 15",
 * "Q3", "2027") and identifiers ("ISO 27001", "v2", "P1"). Works on the token stream,
 * so every step is linear in the length of the text.
 */
import type { Token } from './tokens.js';

export type QuantityUnit = 'percent' | 'currency' | 'duration' | 'score' | 'count' | 'multiple';

export interface Quantity {
  value: number;
  unit: QuantityUnit;
  /** Offsets of the whole quantity in the text. */
  start: number;
  end: number;
  raw: string;
}

export interface DateMention {
  raw: string;
  start: number;
  end: number;
}

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

const MULTIPLIER_WORDS: Record<string, number> = { double: 2, twice: 2, triple: 3, quadruple: 4, halve: 0.5, half: 0.5 };

const SCALE: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9,
};

const DURATION_UNITS = new Set([
  'ms', 'millisecond', 'milliseconds', 's', 'sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes',
  'h', 'hr', 'hrs', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'business', 'working',
]);

const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '¥']);
const CURRENCY_WORDS = new Set(['usd', 'eur', 'gbp', 'dollars', 'euros', 'pounds']);

const MONTHS = new Set([
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july',
  'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
]);

/** Words after which a number names a thing rather than measures it: "ISO 27001", "version 2". */
const IDENTIFIER_HEADS = new Set([
  'iso', 'soc', 'version', 'v', 'release', 'phase', 'step', 'level', 'tier', 'sprint', 'week', 'wk', 'day', 'quarter',
  'q', 'h', 'fy', 'p', 'sev', 'python', 'java', 'node', 'http', 'ipv', 'windows', 'ios', 'android', 'pci', 'gdpr',
  'iphone', 'epic', 'okr', 'item', 'section', 'chapter', 'part', 'round', 'wave', 'cohort', 'gen', 'generation', 'web',
]);

const MONTH_DAY = /^(\d{1,2})(st|nd|rd|th)?$/;

export function isMonth(lower: string): boolean {
  return MONTHS.has(lower.replace(/\.$/, ''));
}

export interface NumberScan {
  quantities: Quantity[];
  dates: DateMention[];
  /** Placeholders standing in for a number: "X%", "$N", "TBD", "??". */
  placeholders: DateMention[];
}

export function scanNumbers(text: string, tokens: Token[]): NumberScan {
  const quantities: Quantity[] = [];
  const dates: DateMention[] = [];
  const placeholders: DateMention[] = [];
  const span = (from: number, to: number) => ({ start: tokens[from]!.start, end: tokens[to]!.end, raw: text.slice(tokens[from]!.start, tokens[to]!.end) });

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];

    const placeholderEnd = placeholderAt(tokens, i);
    if (placeholderEnd >= 0) {
      placeholders.push(span(i, placeholderEnd));
      i = placeholderEnd;
      continue;
    }

    const dateEnd = dateAt(tokens, i);
    if (dateEnd >= 0) {
      dates.push(span(i, dateEnd));
      i = dateEnd;
      continue;
    }

    if (token.kind === 'word' && token.lower in MULTIPLIER_WORDS) {
      quantities.push({ value: MULTIPLIER_WORDS[token.lower]!, unit: 'multiple', ...span(i, i) });
      continue;
    }

    let value: number | undefined;
    let first = i;
    let last = i;
    if (token.kind === 'number') {
      if (isIdentifierNumber(tokens, i)) continue;
      value = parseNumeral(token.text);
    } else if (token.kind === 'word' && token.lower in NUMBER_WORDS) {
      if (token.lower === 'one' && !isCountedOne(tokens, i)) continue;
      value = NUMBER_WORDS[token.lower]!;
      // "twenty five", "two hundred"
      const following = tokens[i + 1];
      if (following && following.lower in NUMBER_WORDS) {
        const second = NUMBER_WORDS[following.lower]!;
        value = second === 100 || second === 12 ? value * second : value + second;
        last = i + 1;
      }
    } else {
      continue;
    }
    if (value === undefined || Number.isNaN(value)) continue;

    let unit: QuantityUnit = 'count';
    if (prev && CURRENCY_SYMBOLS.has(prev.text)) {
      unit = 'currency';
      first = i - 1;
    }
    // "1.2k", "$3M", "2h", "300ms" arrive as number + adjacent word.
    const after = tokens[last + 1];
    if (after && after.start === tokens[last]!.end && after.kind === 'word') {
      if (after.lower in SCALE) {
        value *= SCALE[after.lower]!;
        last++;
      } else if (DURATION_UNITS.has(after.lower)) {
        unit = 'duration';
        last++;
      } else if (after.lower === 'x') {
        unit = 'multiple';
        last++;
      } else if (after.lower === 'pct' || after.lower === 'pp') {
        unit = 'percent';
        last++;
      }
    } else if (after && after.kind === 'word' && (after.lower === 'thousand' || after.lower === 'million' || after.lower === 'billion')) {
      value *= SCALE[after.lower]!;
      last++;
    }
    const unitToken = tokens[last + 1];
    if (unitToken) {
      if (unitToken.text === '%' || unitToken.lower === 'percent' || unitToken.lower === 'per' && tokens[last + 2]?.lower === 'cent') {
        unit = 'percent';
        last += unitToken.lower === 'per' ? 2 : 1;
      } else if (unit === 'count' && DURATION_UNITS.has(unitToken.lower) && !isDurationDate(tokens, last + 1)) {
        unit = 'duration';
        last++;
      } else if (CURRENCY_WORDS.has(unitToken.lower)) {
        unit = 'currency';
        last++;
      } else if (unitToken.lower === 'x' && unitToken.start === tokens[last]!.end) {
        unit = 'multiple';
        last++;
      }
    }
    // "4.1 out of 5", "4.1/5", "8/10"
    const scoreEnd = scoreScaleAt(tokens, last + 1);
    if (scoreEnd >= 0) {
      unit = 'score';
      last = scoreEnd;
    }
    quantities.push({ value, unit, ...span(first, last) });
    i = last;
  }
  return { quantities, dates, placeholders };
}

export function parseNumeral(raw: string): number {
  // "1,200" is a thousands separator; "4,5" (a decimal comma) is rare in English OKRs.
  const normalised = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw) ? raw.replace(/,/g, '') : raw.replace(',', '.');
  return Number(normalised);
}

function isCountedOne(tokens: Token[], i: number): boolean {
  // "one of the", "no one", "one-off" are not quantities; "one new market" is, but weakly.
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (!next) return false;
  if (next.lower === 'of' || next.lower === 'another' || prev?.lower === 'no' || prev?.lower === 'any' || prev?.lower === 'every') return false;
  if (next.text === '-' || next.start === tokens[i]!.end) return false;
  return true;
}

function isIdentifierNumber(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const prev = tokens[i - 1];
  // Glued to letters before it ("v2", "p95" arrive as one word with the digits split off).
  if (prev && prev.end === token.start && prev.kind === 'word') {
    return IDENTIFIER_HEADS.has(prev.lower) || prev.lower.length <= 2;
  }
  if (prev && prev.kind === 'word' && IDENTIFIER_HEADS.has(prev.lower) && prev.lower !== 'day' && prev.lower !== 'week') return true;
  // "tier-1", "top-3" style compounds
  if (prev?.text === '-' && tokens[i - 2] && tokens[i - 2]!.end === prev.start && tokens[i - 2]!.kind === 'word') return true;
  const next = tokens[i + 1];
  // "2FA", "3D", "5G" glued to letters after the digits
  if (next && next.start === token.end && next.kind === 'word' && /^[a-z]{1,2}$/.test(next.lower) && !(next.lower in SCALE) && !DURATION_UNITS.has(next.lower) && next.lower !== 'x' && next.lower !== 'pp' && next.lower !== 'st' && next.lower !== 'nd' && next.lower !== 'rd' && next.lower !== 'th') {
    return true;
  }
  return false;
}

/** Returns the last token index of a date starting at i, or -1. */
function dateAt(tokens: Token[], i: number): number {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  // Quarters and halves: Q3, H1, FY27, "Q3 2027"
  if (t.kind === 'word' && /^(q[1-4]|h[12]|fy\d{2,4})$/.test(t.lower)) {
    return next && next.kind === 'number' && /^\d{4}$/.test(next.text) ? i + 1 : i;
  }
  if (t.kind === 'word' && (t.lower === 'q' || t.lower === 'h' || t.lower === 'fy') && next?.kind === 'number' && next.start === t.end) {
    return i + 1;
  }
  // Month names, with a day or year on either side: "March 15", "15 March", "Sept 30, 2027"
  if (t.kind === 'word' && isMonth(t.lower) && (t.lower !== 'may' || (next && next.kind === 'number'))) {
    if (t.lower === 'mar' && !(next && next.kind === 'number')) return -1;
    let end = i;
    if (next && next.kind === 'number' && MONTH_DAY.test(next.text + (tokens[i + 2]?.start === next.end ? tokens[i + 2]!.lower : ''))) end = i + 1;
    if (tokens[end + 1]?.kind === 'word' && /^(st|nd|rd|th)$/.test(tokens[end + 1]!.lower) && tokens[end + 1]!.start === tokens[end]!.end) end++;
    if (tokens[end + 1]?.text === ',' && tokens[end + 2] && /^\d{4}$/.test(tokens[end + 2]!.text)) end += 2;
    else if (tokens[end + 1] && /^\d{4}$/.test(tokens[end + 1]!.text)) end++;
    return end;
  }
  if (t.kind === 'number' && /^\d{1,2}$/.test(t.text)) {
    let j = i + 1;
    if (tokens[j]?.kind === 'word' && /^(st|nd|rd|th)$/.test(tokens[j]!.lower) && tokens[j]!.start === t.end) j++;
    if (tokens[j]?.lower === 'of') j++;
    if (tokens[j] && tokens[j]!.kind === 'word' && isMonth(tokens[j]!.lower) && tokens[j]!.lower !== 'may' || (tokens[j]?.lower === 'may' && j > i + 1)) {
      return tokens[j + 1] && /^\d{4}$/.test(tokens[j + 1]!.text) ? j + 1 : j;
    }
  }
  // ISO dates 2027-03-15, and bare years 2020..2099 not followed by a unit
  if (t.kind === 'number' && /^20\d{2}$/.test(t.text)) {
    if (next?.text === '-' && tokens[i + 2]?.kind === 'number' && tokens[i + 2]!.start === next.end) {
      let end = i + 2;
      if (tokens[end + 1]?.text === '-' && tokens[end + 2]?.kind === 'number') end += 2;
      return end;
    }
    if (next && (next.text === '%' || next.lower === 'percent' || CURRENCY_WORDS.has(next.lower))) return -1;
    const prev = tokens[i - 1];
    if (prev && CURRENCY_SYMBOLS.has(prev.text)) return -1;
    return i;
  }
  return -1;
}

/** "2 weeks after launch" measures, but "week 2" is a date; kept simple: a duration word preceded by a number is a duration. */
function isDurationDate(_tokens: Token[], _i: number): boolean {
  return false;
}

function scoreScaleAt(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t) return -1;
  if (t.text === '/' && tokens[i + 1]?.kind === 'number' && /^(5|7|10|100)$/.test(tokens[i + 1]!.text)) return i + 1;
  if (t.lower === 'out' && tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.kind === 'number') return i + 2;
  return -1;
}

const PLACEHOLDER_WORDS = new Set(['tbd', 'tbc', 'tba', 'xx', 'xxx', 'nn', 'n/a']);

/** "X%", "$N", "N%", "TBD", "??", "x.y" — a number the author has not filled in. */
function placeholderAt(tokens: Token[], i: number): number {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (t.kind === 'word' && PLACEHOLDER_WORDS.has(t.lower)) return i;
  if (t.text === '?' && next?.text === '?') {
    let end = i + 1;
    while (tokens[end + 1]?.text === '?') end++;
    return end;
  }
  if (t.kind === 'word' && /^[xXnNyYzZ]$/.test(t.text)) {
    if (next && (next.text === '%' || next.lower === 'percent') ) return i + 1;
    if (prev && CURRENCY_SYMBOLS.has(prev.text) && prev.end === t.start) return i;
    if (next && /^[kmb]$/i.test(next.text) && next.start === t.end) return i + 1;
  }
  return -1;
}
