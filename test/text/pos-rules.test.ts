import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { englishRules, posTags } from '../../src/text/pos.js';

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
