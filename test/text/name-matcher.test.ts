import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { closestName, damerauLevenshtein, nameMatcher } from '../../src/text/name-matcher.js';

const require = createRequire(import.meta.url);
const { DamerauLevenshteinDistance } = require('natural/lib/natural/distance/levenshtein_distance.js') as { DamerauLevenshteinDistance: (a: string, b: string) => number };

/** The plain scan the matcher replaces: every candidate, natural's distance, earliest best wins. */
function bruteForce(name: string, candidates: string[]): string | undefined {
  const allowed = Math.max(2, Math.floor(name.length / 4));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = DamerauLevenshteinDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance <= allowed && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe('nameMatcher', () => {
  it('suggests the id a typo was meant to name', () => {
    const find = nameMatcher(['sales-pipeline', 'support-backlog', 'design-system']);
    expect(find('support-backlgo')).toBe('support-backlog');
    expect(find('Design-Sytem')).toBe('design-system');
    expect(find('finance-close')).toBeUndefined();
  });

  it('answers as a scan of every candidate for typos of real ids, ties included', () => {
    const next = random(7);
    const parts = ['sales', 'support', 'growth', 'platform', 'hiring', 'revenue', 'trust', 'data', 'mobile', 'billing', 'search', 'design'];
    const pick = () => parts[Math.floor(next() * parts.length)]!;
    const candidates = Array.from({ length: 150 }, () => `${pick()}-${pick()}${next() < 0.5 ? `-${pick()}` : ''}`);
    const typo = (id: string) => {
      const letters = id.split('');
      for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
        const at = Math.floor(next() * letters.length);
        const kind = next();
        if (kind < 0.3) letters.splice(at, 1);
        else if (kind < 0.6) letters.splice(at, 0, 'aeiost-'[Math.floor(next() * 7)]!);
        else if (kind < 0.8) letters[at] = 'xyz'[Math.floor(next() * 3)]!;
        else if (at + 1 < letters.length) [letters[at], letters[at + 1]] = [letters[at + 1]!, letters[at]!];
      }
      return letters.join('');
    };
    const find = nameMatcher(candidates);
    const queries = Array.from({ length: 60 }, () => typo(candidates[Math.floor(next() * candidates.length)]!));
    for (const query of [...queries, ...queries]) expect(find(query), query).toBe(bruteForce(query, candidates));
    expect(closestName('Sales-Suport', candidates)).toBe(bruteForce('Sales-Suport', candidates));
  });
});

describe('damerauLevenshtein', () => {
  it('gives natural\'s distance, its under-counts included, on random and id-like strings', () => {
    const next = random(11);
    const word = (alphabet: string, max: number) => Array.from({ length: Math.floor(next() * (max + 1)) }, () => alphabet[Math.floor(next() * alphabet.length)]!).join('');
    const pairs: [string, string][] = [['bdbcb', 'ecbdbccb'], ['', ''], ['', 'abc'], ['abc', ''], ['ca', 'abc'], ['growth-activation', 'growth-activaton'], ['ab', 'ba']];
    for (let i = 0; i < 3000; i++) pairs.push([word('abcde', 9), word('abcde', 9)]);
    for (let i = 0; i < 500; i++) pairs.push([word('abcdefghij-klmnop', 24), word('abcdefghij-klmnop', 24)]);
    // Beyond ASCII, surrogate pairs included: characters are compared as UTF-16 code units, as natural does.
    for (let i = 0; i < 500; i++) pairs.push([word('aéb→c\u00ffd😀', 10), word('aéb→c\u00ffd😀', 10)]);
    for (const [a, b] of pairs) expect(damerauLevenshtein(a, b), `${a} / ${b}`).toBe(DamerauLevenshteinDistance(a, b));
  });

  it('gives the same distance for a pair too long for the shared matrix, and after it', () => {
    const next = random(5);
    const long = () => Array.from({ length: 1040 }, () => 'abc-'[Math.floor(next() * 4)]!).join('');
    const [a, b] = [long(), long()];
    expect(damerauLevenshtein(a, b)).toBe(DamerauLevenshteinDistance(a, b));
    expect(damerauLevenshtein('growth-activaton', 'growth-activation')).toBe(1);
  });
});
