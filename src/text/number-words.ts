/** Numbers written as words: "three", "twenty five", "twenty-five", "two hundred fifty", "a dozen". */
import { wordTable } from './word-table.js';
import type { Token } from './tokens.js';

const UNITS = wordTable<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
});
const MULTIPLIERS = wordTable<number>({ hundred: 100, dozen: 12 });
export const LARGE = wordTable<number>({ thousand: 1e3, million: 1e6, billion: 1e9 });
const FUNCTION_WORDS = new Set(['and', 'or', 'of', 'to', 'by', 'in', 'on', 'at', 'for', 'with', 'another', 'the', 'a', 'it', 'is', 'that', 'which', 'day', 'time', 'way']);

/** The number written in words at token i, with its last token: "three", "twenty five", "two hundred", "a dozen". */
export function numberWordsAt(tokens: Token[], i: number): { value: number; last: number } | undefined {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (t.lower === 'one' && !isCountedOne(tokens, i)) return undefined;
  if ((t.lower === 'hundred' || t.lower === 'dozen' || t.lower === 'thousand') && prev?.lower === 'a') {
    return { value: t.lower === 'dozen' ? 12 : t.lower === 'hundred' ? 100 : 1000, last: i };
  }
  // Most words are no number: answer them without splitting.
  if (!t.lower.includes('-') && !(t.lower in UNITS || t.lower in MULTIPLIERS || t.lower in LARGE)) return undefined;
  let total = 0;
  let current = 0;
  let last = -1;
  let previous: 'tens' | 'unit' | 'scale' | undefined;
  for (let j = i; j < tokens.length && j < i + 8; j++) {
    const parts = tokens[j]!.lower.split('-');
    if (!parts.every((p) => p in UNITS || p in MULTIPLIERS || p in LARGE)) break;
    const head = parts[0]!;
    const isScale = head in MULTIPLIERS || head in LARGE;
    // Only compounds that read as one number go on: "twenty five", "two hundred", "five thousand", not "five twenty".
    if (previous !== undefined && !(isScale || (previous === 'tens' && UNITS[head]! > 0 && UNITS[head]! < 10 && parts.length === 1) || previous === 'scale')) break;
    for (const part of parts) {
      if (part in UNITS) current += UNITS[part]!;
      else if (part in MULTIPLIERS) current = (current || 1) * MULTIPLIERS[part]!;
      else {
        total += (current || 1) * LARGE[part]!;
        current = 0;
      }
    }
    const value = UNITS[parts[parts.length - 1]!];
    previous = isScale ? 'scale' : parts.length === 1 && value !== undefined && value >= 20 && value % 10 === 0 ? 'tens' : 'unit';
    last = j;
  }
  return last < 0 ? undefined : { value: total + current, last };
}

/**
 * Can numberWordsAt or fractionWordsAt find anything at a word with this lower-case form? False
 * means never, whatever its neighbours. Asked with the same `in` look-ups as they use.
 */
export function wordMayBeNumber(lower: string): boolean {
  if (lower.includes('-') || lower === 'one' || lower === 'hundred' || lower === 'dozen' || lower === 'thousand') return true;
  return lower in UNITS || lower in MULTIPLIERS || lower in LARGE || lower in FRACTION_COUNTS;
}

/** "one new market" counts; "one of the", "no one", "pick one and ..." do not. */
function isCountedOne(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (!next || next.kind !== 'word') return false;
  if (FUNCTION_WORDS.has(next.lower)) return false;
  if (prev && /^(no|any|every|each|this|that|which|the)$/.test(prev.lower)) return false;
  return true;
}

const FRACTIONS = wordTable<number>({ third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 });
const FRACTION_COUNTS = wordTable<number>({ a: 1, one: 1, two: 2, three: 3, four: 4 });

/**
 * "by a third", "by two thirds", "a quarter of users": a fraction written in words is a share
 * (returned as a percentage). It needs "by" before it or "of" after it: "a quarter" alone is a period.
 */
export function fractionWordsAt(tokens: Token[], i: number): { value: number; last: number } | undefined {
  // "two thirds" as two tokens, or "two-thirds" as one (exactly one hyphen); asked of every word, so no split.
  const lower = tokens[i]!.lower;
  const dash = lower.indexOf('-');
  const hyphenated = dash >= 0 && lower.indexOf('-', dash + 1) < 0;
  const count = FRACTION_COUNTS[hyphenated ? lower.slice(0, dash) : lower];
  if (count === undefined) return undefined;
  const fractionWord = hyphenated ? lower.slice(dash + 1) : tokens[i + 1]?.lower ?? '';
  const last = hyphenated ? i : i + 1;
  const denominator = FRACTIONS[fractionWord];
  if (denominator === undefined || count >= denominator) return undefined;
  if ((count === 1) !== !fractionWord.endsWith('s')) return undefined; // "a third", "two thirds"
  const prev = tokens[i - 1]?.lower;
  const byChange = prev === 'by' || prev === 'nearly' || prev === 'almost' || prev === 'roughly' || prev === 'about';
  if (!byChange && tokens[last + 1]?.lower !== 'of') return undefined;
  return { value: Math.round((1000 * count) / denominator) / 10, last };
}
