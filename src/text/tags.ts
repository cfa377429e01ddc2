/**
 * Part-of-speech tags of an analysis' tokens and of its words, looked up once per analysis:
 * the clause reader, the work and calendar judges and several rules ask for the same tags of
 * the same key result. Shared by every caller: do not mutate.
 */
import type { TextAnalysis } from './analysis.js';
import { posTags } from './pos.js';

const tokenTagLists = new WeakMap<TextAnalysis, string[]>();
const wordTagLists = new WeakMap<TextAnalysis, string[]>();

/** Tags of `analysis.tokens`, symbols and numbers included. */
export function tokenTags(analysis: TextAnalysis): string[] {
  return tagsOnce(tokenTagLists, analysis, analysis.tokens);
}

/** Tags of `analysis.words` alone (the tagger reads the words without the symbols between them). */
export function wordTags(analysis: TextAnalysis): string[] {
  return tagsOnce(wordTagLists, analysis, analysis.words);
}

function tagsOnce(lists: WeakMap<TextAnalysis, string[]>, analysis: TextAnalysis, tokens: readonly { text: string }[]): string[] {
  let tags = lists.get(analysis);
  if (!tags) {
    tags = posTags(tokens.map((t) => t.text));
    lists.set(analysis, tags);
  }
  return tags;
}
