import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { englishRules, posTags } from '../../src/text/pos.js';
import { tokenize } from '../../src/text/tokens.js';

const require = createRequire(import.meta.url);

describe('englishRules', () => {
  it("holds the same transformation rules, in the same order, as natural's RuleSet('EN')", () => {
    const RuleSet = require('natural/lib/natural/brill_pos_tagger/lib/RuleSet.js') as new (language: string) => { getRules(): { literal: unknown[]; key(): string }[] };
    const expected = new RuleSet('EN').getRules().map((rule) => [rule.key(), rule.literal]);
    const actual = englishRules().getRules().map((rule) => [rule.key(), (rule as unknown as { literal: unknown[] }).literal]);
    expect(actual).toEqual(expected);
  });

  it('tags with them: a number after a determiner is a cardinal, an opening verb a verb', () => {
    expect(posTags(['Publish', 'the', '12', 'guides'])).toEqual(['VB', 'DT', 'CD', 'NNS']);
  });
});

describe('posTags', () => {
  it("tags as natural's own Brill tagger does, on hundreds of real key results", () => {
    const base = 'natural/lib/natural/brill_pos_tagger/lib/';
    const Tagger = require(`${base}Brill_POS_Tagger.js`) as new (lexicon: unknown, rules: unknown) => { tag(words: string[]): { taggedWords: { tag: string }[] } };
    const Lexicon = require(`${base}Lexicon.js`) as new (language: string, defaultCategory: string, capitalised: string) => unknown;
    const RuleSet = require(`${base}RuleSet.js`) as new (language: string) => unknown;
    const natural = new Tagger(new Lexicon('EN', 'NN', 'NNP'), new RuleSet('EN'));
    const files = ['eval/holdout-krs.yaml', 'eval-blind/blind-krs.yaml', 'eval-fresh/fresh-krs.yaml'];
    const texts = files.flatMap((file) => (parse(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')) as { kr: string }[]).map((entry) => entry.kr));
    let tagged = 0;
    for (const text of texts) {
      const tokens = tokenize(text);
      // The two sequences the analysis tags: every token, and the words alone.
      for (const words of [tokens.map((t) => t.text), tokens.filter((t) => t.kind === 'word').map((t) => t.text)]) {
        if (words.length === 0) continue;
        const expected = natural.tag(words.map((w, i) => (i === 0 ? w.toLowerCase() : w))).taggedWords.map((w) => w.tag);
        expect(posTags(words)).toEqual(expected);
        tagged++;
      }
    }
    expect(tagged).toBeGreaterThan(500);
  });
});
