import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scanNumbers, scanNumbersAtEveryToken } from '../../src/text/numbers.js';
import { tokenize } from '../../src/text/tokens.js';

function fixtureKeyResults(): string[] {
  const files = ['eval/holdout-krs.yaml', 'eval-blind/blind-krs.yaml', 'eval-fresh/fresh-krs.yaml'];
  return files.flatMap((file) => (parse(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')) as { kr: string }[]).map((entry) => entry.kr));
}

/** Words that open (or nearly open) placeholders, dates and quantities, plain words, numbers and symbols. */
const PIECES = [
  'double', 'twice', 'once', 'half', 'halve', 'a', 'an', 'one', 'two', 'twenty', 'twenty-five', 'two-thirds', 'third', 'thirds', 'quarter', 'hundred', 'dozen', 'thousand', 'million',
  'by', 'of', 'the', 'than', 'within', 'under', 'per', 'every', 'at', 'least', 'from', 'to', 'end', 'start', 'close', 'beginning', 'Q', 'Q3', 'H1', 'FY', 'EOQ', 'ytd', 'Friday', 'Mondays',
  'March', 'May', 'may', 'sept', 'Dec', 'TBD', 'tk', 'X', 'N', 'x', 'M', 'Xk', 'nb', 'Y', 'owner', 'target', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'churn', 'reduce', 'customers',
  'hours', 'days', 'ms', 'week', 'k', 'pp', 'percent', 'points', 'times', 'more', 'or', 'less', '3', '40', '2027', '1,200', '4.5', '15', '9', '%', '$', '€', '-', '–', '/', ':', '(', ')', '<', '>', '?', '+', ',', '.', '→',
];

/** A deterministic pseudo-random text of `length` pieces, glued or spaced. */
function soup(seed: number, length: number): string {
  let state = seed;
  const next = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31), state);
  let text = '';
  for (let i = 0; i < length; i++) text += PIECES[next() % PIECES.length]! + (next() % 4 === 0 ? '' : ' ');
  return text;
}

describe('scanNumbers word pre-check', () => {
  it('finds the same quantities, dates and placeholders as asking every token', () => {
    const texts = [...fixtureKeyResults(), ...Array.from({ length: 4000 }, (_, i) => soup(i + 1, 4 + (i % 14)))];
    let found = 0;
    for (const text of texts) {
      const tokens = tokenize(text);
      const fast = scanNumbers(text, tokens);
      expect(fast, text).toEqual(scanNumbersAtEveryToken(text, tokens));
      found += fast.quantities.length + fast.dates.length + fast.placeholders.length;
    }
    expect(found).toBeGreaterThan(2000);
  });
});
