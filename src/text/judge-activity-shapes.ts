/**
 * Small readings of an imperative clause's shape that the activity judge asks about: a
 * comparative or object complement after the object, a count of occasions, and the KR's
 * own words for a phrase (used in messages).
 */
import type { TextAnalysis } from './analysis.js';
import type { Clause } from './clauses.js';
import type { Token } from './tokens.js';
import { withoutTrailingCadence } from './cadence.js';

export const OPEN_CLASS_DETERMINERS = new Set(['a', 'an', 'the', 'our', 'their', 'its', 'your', 'this', 'these', 'those', 'one', 'two', 'three', 'each', 'every', 'all']);

/** A comparative inside or just after the object: "more pleasant", "faster", "less noisy". */
export function comparativeAt(clause: Clause, end: number): boolean {
  const tags = clause.tags;
  for (let k = 1; k < Math.min(end + 2, clause.tokens.length); k++) {
    const lower = clause.tokens[k]!.lower;
    if (tags[k] === 'JJR' || tags[k] === 'RBR' || lower === 'more' || lower === 'less') return true;
  }
  return false;
}

/** A noun phrase or adjective straight after the object: "Make [the site] [the first stop]", "Make [it] [simple]". */
export function objectComplementAt(clause: Clause, at: number): boolean {
  const token = clause.tokens[at];
  if (!token || token.kind !== 'word') return false;
  return OPEN_CLASS_DETERMINERS.has(token.lower) || clause.tags[at] === 'JJ';
}

/** "Post 30 times on social": a count of how often the team does something. */
export function frequencyCount(clause: Clause) {
  return clause.counted.find((c) => c.phrase[0]?.lower === 'times');
}

const LEADING_JOINERS = new Set(['to', 'and', 'or', 'for', 'with', 'then', ',', 'at', 'least', 'most', 'than', 'more']);

/** The KR's words for a phrase, without joiners left at its front ("to plan" -> "plan") or a cadence at its end. */
export function phraseText(analysis: TextAnalysis, phrase: readonly Token[]): string {
  const tokens = withoutTrailingCadence(phrase);
  let first = 0;
  while (first < tokens.length - 1 && LEADING_JOINERS.has(tokens[first]!.lower)) first++;
  if (tokens.length === 0) return '';
  return analysis.text.slice(tokens[first]!.start, tokens[tokens.length - 1]!.end).trim();
}

const HOLDING_VERBS = new Set(['hold', 'keep', 'maintain', 'sustain']);
const BEFORE_A_BOUND = new Set(['a', 'an', 'the', 'our', 'at', 'or', 'least', 'most', 'no', 'not', 'more', 'fewer', 'less', 'than', 'up', 'to', 'under', 'below', 'over', 'above', 'just', 'only']);

/**
 * "Hold staff turnover at or below 1 person per quarter": a thing named after the verb, then a
 * bound, is a level to hold (a maintain key result), not an event held ("Hold at least 4 workshops").
 */
export function holdsLevel(analysis: TextAnalysis, verb: Token): boolean {
  if (!HOLDING_VERBS.has(verb.lower)) return false;
  const named = analysis.tokens.find((t) => t.start > verb.start && t.kind === 'word' && !BEFORE_A_BOUND.has(t.lower));
  const tokens = analysis.tokens;
  return named !== undefined && analysis.quantities.some((q) => q.bound !== undefined && q.start > named.end && tokens[q.lastToken + 1]?.lower !== 'times');
}
