/** Cadence words that close a noun phrase: "the reading list monthly" names "the reading list". */
import { RECURRENCE_WORDS } from './lexicon/calendar.js';
import { lazyFamily as family } from './lexicon/family.js';
import type { Token } from './tokens.js';

const recurrence = family(RECURRENCE_WORDS);

/** The tokens without a cadence adverb at their end ("story time bi-weekly" -> "story time"). */
export function withoutTrailingCadence(tokens: readonly Token[]): readonly Token[] {
  for (let i = 1; i < tokens.length; i++) {
    const length = recurrence().matchAt(tokens, i);
    if (length > 0 && i + length === tokens.length) return tokens.slice(0, i);
  }
  return tokens;
}
