/**
 * Part-of-speech tags from natural's Brill tagger, deep-imported and loaded on first use
 * (about 90 ms once per process), so texts that never need a tag never pay for it.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface TaggedSentence {
  taggedWords: { token: string; tag: string }[];
}
interface Tagger {
  tag(words: string[]): TaggedSentence;
}

let tagger: Tagger | undefined;

function brill(): Tagger {
  if (!tagger) {
    const base = 'natural/lib/natural/brill_pos_tagger/lib/';
    const Lexicon = require(`${base}Lexicon.js`) as new (language: string, defaultCategory: string, defaultCategoryCapitalized: string) => unknown;
    const RuleSet = require(`${base}RuleSet.js`) as new (language: string) => unknown;
    const BrillPOSTagger = require(`${base}Brill_POS_Tagger.js`) as new (lexicon: unknown, rules: unknown) => Tagger;
    tagger = new BrillPOSTagger(new Lexicon('EN', 'NN', 'NNP'), new RuleSet('EN'));
  }
  return tagger;
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
    tags = brill().tag(input).taggedWords.map((w) => w.tag);
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
