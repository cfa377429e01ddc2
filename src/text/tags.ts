/**
 * Part-of-speech tags of an analysis' tokens and of its words, looked up once per analysis:
 * the clause reader, the work and calendar judges and several rules ask for the same tags of
 * the same key result. Shared by every caller: do not mutate.
 */
import type { TextAnalysis } from './analysis.js';
import { analysisMemo } from './memo.js';
import { posTags } from './pos.js';

const tokenTagLists = analysisMemo<TextAnalysis, string[]>();
const wordTagLists = analysisMemo<TextAnalysis, string[]>();

/** Tags of `analysis.tokens`, symbols and numbers included. */
export function tokenTags(analysis: TextAnalysis): string[] {
  return tokenTagLists(analysis, tagTokens);
}

/** Tags of `analysis.words` alone (the tagger reads the words without the symbols between them). */
export function wordTags(analysis: TextAnalysis): string[] {
  return wordTagLists(analysis, tagWords);
}

const tagTokens = (analysis: TextAnalysis): string[] => posTags(analysis.tokens.map((t) => t.text));
const tagWords = (analysis: TextAnalysis): string[] => posTags(analysis.words.map((t) => t.text));
