/**
 * Quoting a key result or objective back to its author. Messages and suggestions quote at
 * most QUOTE_LIMIT characters: a 100 KB title must not come back as a 100 KB suggestion.
 */

export const QUOTE_LIMIT = 120;

/** The text as written when short; otherwise its start, cut at a word and ended with "…". */
export function quoteText(text: string, limit = QUOTE_LIMIT): string {
  if (text.length <= limit) return text;
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  let cut = flat.slice(0, limit - 1);
  // Never split a surrogate pair (an emoji at the cut).
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  if (space > limit * 0.6) cut = cut.slice(0, space);
  return `${trimTrailingPunctuation(cut)}…`;
}

/** Drops trailing spaces and , ; : . (a loop: an anchored regex rescans long runs). */
function trimTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && ' \t\n\r,;:.'.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** A window of the text around `offset` (where the change is), with "…" on each cut side. */
export function quoteAround(text: string, offset: number, limit = QUOTE_LIMIT): string {
  if (text.length <= limit) return text;
  const lead = Math.floor(limit / 3);
  if (offset <= lead) return quoteText(text, limit);
  let start = Math.max(0, Math.min(offset - lead, text.length - (limit - 2)));
  // Start the window at a word.
  const space = text.indexOf(' ', start);
  if (start > 0 && space >= 0 && space < offset) start = space + 1;
  const window = text.slice(start);
  return `…${quoteText(window, limit - 1)}`;
}
