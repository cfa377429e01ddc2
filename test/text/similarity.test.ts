import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compareStatements, statementContent, type StatementComparison, type StatementContent } from '../../src/text/similarity.js';

const require = createRequire(import.meta.url);
const dice = require('natural/lib/natural/distance/dice_coefficient.js') as (a: string, b: string) => number;

/** The comparison as first written: sets per pair and natural's Dice per term pair. */
function reference(a: StatementContent, b: StatementContent): StatementComparison {
  const merge = (words: readonly string[], other: ReadonlySet<string>) => {
    const merged: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const joined = words[i]! + (words[i + 1] ?? '');
      if (i + 1 < words.length && other.has(joined) && !other.has(words[i]!)) {
        merged.push(joined);
        i++;
      } else merged.push(words[i]!);
    }
    return merged;
  };
  const match = (x: string, y: string) => x === y || (x.length >= 5 && y.length >= 5 && !/\d/.test(x + y) && dice(x, y) >= 0.8);
  const values = (numbers: readonly string[]) => numbers.filter((n) => /\d/.test(n));
  const wordsA = [...new Set(merge(a.words, new Set(b.words)))];
  const wordsB = [...new Set(merge(b.words, new Set(a.words)))];
  const matchedA = wordsA.filter((w) => wordsB.some((v) => match(w, v))).length;
  const matchedB = wordsB.filter((w) => wordsA.some((v) => match(w, v))).length;
  const total = wordsA.length + wordsB.length;
  return {
    wordSimilarity: total === 0 ? 0 : (matchedA + matchedB) / total,
    sameDirection: a.direction === b.direction,
    sameNumbers: values(a.numbers).length > 0 && values(a.numbers).join(' ') === values(b.numbers).join(' '),
    bothNumbered: values(a.numbers).length > 0 && values(b.numbers).length > 0,
    contained: total > 0 && (matchedA === wordsA.length || matchedB === wordsB.length),
  };
}

function fixtureKeyResults(): string[] {
  const files = ['eval/holdout-krs.yaml', 'eval-blind/blind-krs.yaml', 'eval-fresh/fresh-krs.yaml'];
  return files.flatMap((file) => (parse(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')) as { kr: string }[]).map((entry) => entry.kr));
}

describe('compareStatements', () => {
  it('meets spelling variants and compounds written apart', () => {
    const comparison = compareStatements(statementContent('Grow self-serve sign-ups from 400 to 600'), statementContent('Grow selfserve sign ups from 400 to 600'));
    expect(comparison).toMatchObject({ wordSimilarity: 1, sameNumbers: true, contained: true });
  });

  it('answers as the plain pairwise definition with natural\'s Dice on hundreds of real key results', () => {
    const texts = fixtureKeyResults();
    // Variants that exercise the soft and compound matching: hyphens removed or split, a letter dropped.
    const variants = texts.slice(0, 120).map((text, i) => (i % 3 === 0 ? text.replaceAll('-', '') : i % 3 === 1 ? text.replaceAll('-', ' ') : text.replace(/([a-z]{5,})[a-z]\b/, '$1')));
    const contents = [...texts, ...variants].map((text) => statementContent(text));
    let compared = 0;
    for (let i = 0; i < contents.length; i++) {
      for (let j = Math.max(0, i - 40); j < i; j++) {
        expect(compareStatements(contents[j]!, contents[i]!)).toEqual(reference(contents[j]!, contents[i]!));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });
});
