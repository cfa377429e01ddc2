import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { WordFamily } from '../../src/text/lexicon/family.js';
import { ATTENDED_EVENTS, CHAT_CHANNELS, PRESENCE_SIGNALS } from '../../src/text/lexicon/visibility.js';
import { OUTPUT_NOUNS, TASK_VERBS } from '../../src/text/lexicon/work.js';
import { stem, tokenize, type Token } from '../../src/text/tokens.js';

/** Matching as first written: every entry tried at every word, nothing remembered. */
function reference(entries: readonly string[]) {
  const parsed = entries.map((entry) => entry.trim().toLowerCase().split(/\s+/).filter(Boolean).map((w) => (w.startsWith('=') ? w : stem(w)))).filter((p) => p.length > 0);
  const keyMatches = (key: string, token: Token) => (key.startsWith('=') ? token.lower === key.slice(1) : token.stem === key);
  const bare = (lower: string) => lower.replace(/'s$|'$/, '');
  const has = (token: Token | undefined): boolean => {
    if (!token || token.kind !== 'word') return false;
    const forms = [token, { ...token, lower: bare(token.lower), stem: stem(bare(token.lower)) }, { ...token, lower: bare(token.lower), stem: stem(bare(token.lower).replaceAll('-', '')) }];
    return parsed.some((p) => p.length === 1 && forms.some((form) => keyMatches(p[0]!, form)));
  };
  const matchAt = (words: readonly Token[], i: number): number => {
    const first = words[i];
    if (!first || first.kind !== 'word') return 0;
    let best = has(first) ? 1 : 0;
    for (const p of parsed) if (p.length > 1 && p.length > best && p.every((key, k) => words[i + k] !== undefined && keyMatches(key, words[i + k]!))) best = p.length;
    return best;
  };
  return { has, matchAt };
}

function fixtureTexts(): string[] {
  const files = ['eval/holdout-krs.yaml', 'eval-blind/blind-krs.yaml', 'eval-fresh/fresh-krs.yaml'];
  const texts = files.flatMap((file) => (parse(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')) as { kr: string }[]).map((entry) => entry.kr));
  return [...texts, "Clients' sign-ups and the team's office hours", 'Badge-in at the office; Slack messages answered', 'Run 3 stand-ups a week', 'Every team member is to be present at your office hours, as many as possible'];
}

describe('WordFamily', () => {
  const families: [string, readonly string[]][] = [
    ['task verbs', TASK_VERBS],
    ['output nouns', OUTPUT_NOUNS],
    ['presence signals', PRESENCE_SIGNALS],
    ['chat channels', CHAT_CHANNELS],
    ['attended events', ATTENDED_EVENTS],
    ['exact forms and phrases', ['=you', '=your', 'team member', '=be present', 'signup', 'office hours', 'as many', 'every time', 'client']],
  ];

  for (const [name, entries] of families) {
    it(`answers has, matchAt, find and findAll as the plain scan does (${name}), asked twice`, () => {
      const family = new WordFamily(entries);
      const plain = reference(entries);
      let matched = 0;
      for (const round of [1, 2]) {
        for (const text of fixtureTexts()) {
          // Round 2 also asks tokens without a shared word-form record, as a hand-made token would be.
          const words = tokenize(text).filter((t) => t.kind === 'word').map((t, i) => (round === 2 && i % 2 ? { ...t, form: undefined } : t));
          const lengths = words.map((_, i) => plain.matchAt(words, i));
          expect(words.map((w) => family.has(w)), `${text} (round ${round})`).toEqual(words.map((w) => plain.has(w)));
          expect(words.map((_, i) => family.matchAt(words, i)), text).toEqual(lengths);
          expect(family.find(words)).toBe(lengths.findIndex((l) => l > 0));
          const all: [number, number][] = [];
          for (let i = 0; i < words.length; i++) if (lengths[i]! > 0) all.push([i, lengths[i]!]), (i += lengths[i]! - 1);
          expect(family.findAll(words)).toEqual(all);
          matched += all.length;
        }
      }
      expect(matched).toBeGreaterThan(0);
    });
  }

  it('sees entries added after it was asked', () => {
    const family = new WordFamily(['publish']);
    const [word] = tokenize('rollouts');
    expect(family.has(word)).toBe(false);
    family.add('rollout');
    expect(family.has(word)).toBe(true);
    const words = tokenize('roll out the plan');
    expect(family.matchAt(words, 0)).toBe(0);
    family.add('roll out');
    expect(family.matchAt(words, 0)).toBe(2);
  });
});
