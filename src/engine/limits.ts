/**
 * Bounds that keep one hostile file from stalling a run. Real OKR text is a sentence or
 * two; text far beyond that is not analysed, so no rule's language analysis can be made
 * slow by a 100 KB title (see docs/robustness.md).
 */

/** Titles are analysed up to this many characters; the rest is ignored by language checks. */
export const MAX_ANALYZED_LENGTH = 2_000;

/** The part of a text that language analysis sees: a prefix, never a split character. */
export function analyzedPart(text: string): string {
  if (text.length <= MAX_ANALYZED_LENGTH) return text;
  const code = text.charCodeAt(MAX_ANALYZED_LENGTH - 1);
  const highSurrogate = code >= 0xd800 && code <= 0xdbff;
  return text.slice(0, highSurrogate ? MAX_ANALYZED_LENGTH - 1 : MAX_ANALYZED_LENGTH);
}
