/**
 * natural's English Brill lexicon without its load cost. scripts/build-lexicon.mjs packs it at
 * build time into sorted "word<TAB>tag" lines of ASCII; here the text is read once (about 1 ms)
 * and each word is found by binary search in place, so nothing is parsed up front. It answers
 * tagWord() exactly as natural's Lexicon does for the tagger, which only uses a word's first tag.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/package.js';

export const COMPACT_LEXICON_FILE = 'dist/data/brill-lexicon-en.txt';

export interface WordTagger {
  tagWord(word: string): string[];
}

export class CompactLexicon implements WordTagger {
  private readonly found = new Map<string, string | null>();

  constructor(
    private readonly text: string,
    private readonly defaultCategory = 'NN',
    private readonly defaultCategoryCapitalised = 'NNP',
  ) {}

  /** natural's rule: the word as written, then lower-cased, then NN (NNP when capitalised). */
  tagWord(word: string): string[] {
    const tag = this.lookUp(word) ?? this.lookUp(word.toLowerCase());
    if (tag !== null) return [tag];
    return [/[A-Z]/.test(word[0] ?? '') ? this.defaultCategoryCapitalised : this.defaultCategory];
  }

  private lookUp(word: string): string | null {
    let tag = this.found.get(word);
    if (tag === undefined) {
      tag = this.search(word);
      if (this.found.size > 50_000) this.found.clear();
      this.found.set(word, tag);
    }
    return tag;
  }

  /** Binary search over line starts; each probe reads the word of the line around an offset. */
  private search(word: string): string | null {
    const text = this.text;
    let low = 0;
    let high = text.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = text.lastIndexOf('\n', middle - 1) + 1;
      const tab = text.indexOf('\t', start);
      const end = text.indexOf('\n', tab);
      const candidate = text.slice(start, tab);
      if (candidate === word) return text.slice(tab + 1, end);
      if (candidate < word) low = end + 1;
      else high = start;
    }
    return null;
  }
}

/** The packed lexicon, or undefined when it has not been built (running from sources). */
export function loadCompactLexicon(): CompactLexicon | undefined {
  try {
    // ASCII (scripts/build-lexicon.mjs): latin1 reads the same text without decoding UTF-8.
    return new CompactLexicon(readFileSync(join(packageRoot(), COMPACT_LEXICON_FILE), 'latin1'));
  } catch {
    return undefined;
  }
}
