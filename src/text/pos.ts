/**
 * Part-of-speech tags from natural's Brill tagger, deep-imported and loaded on first use,
 * so texts that never need a tag never pay for it; its lexicon comes packed at build time.
 */
import { createRequire } from 'node:module';
import { loadCompactLexicon } from './compact-lexicon.js';

const require = createRequire(import.meta.url);

interface TaggedSentence {
  taggedWords: { token: string; tag: string }[];
}
interface Tagger {
  tag(words: string[]): TaggedSentence;
  tagWithLexicon(words: string[]): TaggedSentence;
}

/** A transformation rule as natural's TransformationRule.apply reads it. */
interface RuleStep {
  from: string;
  to: string;
  holds: (sentence: TaggedSentence, position: number, parameter1?: string, parameter2?: string) => unknown;
  parameter1?: string;
  parameter2?: string;
}

let tagger: { brill: Tagger; steps: RuleStep[] } | undefined;

function brill(): { brill: Tagger; steps: RuleStep[] } {
  if (!tagger) {
    const base = 'natural/lib/natural/brill_pos_tagger/';
    const BrillPOSTagger = require(`${base}lib/Brill_POS_Tagger.js`) as new (lexicon: unknown, rules: unknown) => Tagger;
    // The build packs natural's lexicon (compact-lexicon.ts); from sources, natural's own loads.
    const lexicon = loadCompactLexicon() ?? naturalLexicon(base);
    const rules = englishRules(base);
    const steps = rules.getRules().map(({ oldCategory, newCategory, predicate }) => ({
      from: oldCategory,
      to: newCategory,
      holds: predicate.meta.function,
      parameter1: predicate.parameter1,
      parameter2: predicate.parameter2,
    }));
    tagger = { brill: new BrillPOSTagger(lexicon, rules), steps };
  }
  return tagger;
}

/**
 * natural's BrillPOSTagger.tag: each word's first lexicon tag, then at every position every
 * transformation rule in order, a rule applying when the word has its from-tag (or it is "*")
 * and its predicate holds. The same steps as natural's applyRules, without its closure and two
 * method calls per rule and word.
 */
function tagSentence(words: string[]): string[] {
  const { brill: lexiconTagger, steps } = brill();
  const sentence = lexiconTagger.tagWithLexicon(words);
  const tagged = sentence.taggedWords;
  for (let i = 0; i < tagged.length; i++) {
    const word = tagged[i]!;
    for (const step of steps) {
      if ((word.tag === step.from || step.from === '*') && step.holds(sentence, i, step.parameter1, step.parameter2)) word.tag = step.to;
    }
  }
  return tagged.map((w) => w.tag);
}

type TransformationRule = {
  key(): string;
  oldCategory: string;
  newCategory: string;
  predicate: { meta: { function: RuleStep['holds'] }; parameter1?: string; parameter2?: string };
};
type TransformationRuleClass = new (from: string, to: string, predicate: string, ...parameters: string[]) => TransformationRule;

/**
 * natural's English transformation rules, as its RuleSet('EN') holds them, without RuleSet:
 * that parses each rule with a PEG parser and loads the Dutch rules too (about 9 ms per process).
 * Each rule is "FROM TO PREDICATE [PARAMETER [PARAMETER]]"; a test checks the same rules as RuleSet.
 */
export function englishRules(base = 'natural/lib/natural/brill_pos_tagger/'): { rules: Record<string, TransformationRule>; getRules(): TransformationRule[] } {
  const Rule = require(`${base}lib/TransformationRule.js`) as TransformationRuleClass;
  const { rules: lines } = require(`${base}data/English/tr_from_posjs.json`) as { rules: string[] };
  const rules: Record<string, TransformationRule> = {};
  for (const line of lines) {
    const [from, to, predicate, ...parameters] = line.trim().split(/\s+/) as [string, string, string, ...string[]];
    const rule = new Rule(from, to, predicate, ...parameters.slice(0, 2));
    rules[rule.key()] ??= rule;
  }
  // The tagger asks for the list once per word of every sentence: build it once.
  const list = Object.values(rules);
  return { rules, getRules: () => list };
}

function naturalLexicon(base: string): unknown {
  const Lexicon = require(`${base}lib/Lexicon.js`) as new (language: string, defaultCategory: string, defaultCategoryCapitalized: string) => unknown;
  return new Lexicon('EN', 'NN', 'NNP');
}

const cache = new Map<string, string[]>();

/**
 * Penn Treebank tags for a word sequence. The first word is lower-cased: key results
 * start with a capital, which the tagger would otherwise read as a proper noun.
 */
export function posTags(words: readonly string[]): string[] {
  const key = words.join(' ');
  let tags = cache.get(key);
  if (!tags) {
    const input = words.map((w, i) => (i === 0 ? w.toLowerCase() : w));
    tags = tagSentence(input);
    if (cache.size > 5_000) cache.clear();
    cache.set(key, tags);
  }
  return tags;
}

export function isVerbTag(tag: string | undefined): boolean {
  return tag !== undefined && tag.startsWith('VB');
}

/** A verb that can head a clause on its own: "shows", "run", "has", "can". */
export function isFiniteVerbTag(tag: string | undefined): boolean {
  return tag === 'VBZ' || tag === 'VBP' || tag === 'VBD' || tag === 'MD';
}
