/**
 * "on site" and "badge" name a person's own presence only in some uses: "work on site",
 * "managers are seen on site", "badge into the office". Work done at a customer's premises
 * ("on-site job time"), a page on a website ("live on site") and visitors' badges scanned at
 * an event ("500 badge scans at the trade show") are not about the team being seen.
 */
import { lazyFamily as family, type WordFamily } from './lexicon/family.js';
import type { Token } from './tokens.js';

/** Words just before "on site" that put a person there: "stay", "are seen", "work", "3 days". */
const PUTS_SOMEONE_THERE = family([
  '=be', '=is', '=are', '=am', '=was', '=were', '=being', '=been', 'stay', 'remain', 'work', 'come', 'spend', '=seen',
  'attend', 'present', 'based', '=day', '=days', '=week', '=weeks', 'physically', 'report',
]);
/** "on-site days", "on-site attendance": the thing named is the presence itself. */
const PRESENCE_HEADS = family(['day', 'attendance', 'presence', 'hour', 'week', 'requirement', 'mandate', 'policy', 'compliance', 'quota']);
/** Badges read by someone else at an event are leads, not staff badging in. */
const BADGE_READING = family(['scan', 'scanner', 'pickup', 'print']);
const EVENTS = family(['trade show', 'tradeshow', 'conference', 'booth', 'expo', 'exhibition', 'summit', 'fair', 'event', 'meetup', 'congress']);
const WORKPLACE = family(['office', 'desk', 'workplace', 'hq', 'headquarters', 'on site', 'on-site', 'onsite']);

/**
 * Whether the presence signal of `length` words at `index` is about a person being there.
 * Signals other than "on site" and "badge" always are.
 */
export function isOwnPresence(words: readonly Token[], index: number, length: number, people: WordFamily): boolean {
  const phrase = words.slice(index, index + length).map((w) => w.lower).join(' ');
  if (/^(on site|on-site|onsite)$/.test(phrase)) return personOnSite(words, index, length, people);
  if (/^badge/.test(phrase)) return !badgesOfVisitors(words, index, length);
  return true;
}

function personOnSite(words: readonly Token[], index: number, length: number, people: WordFamily): boolean {
  // "stay physically on site": one adverb may sit between.
  let k = index - 1;
  if (words[k]?.lower.endsWith('ly') && !PUTS_SOMEONE_THERE().has(words[k])) k--;
  const before = words[k];
  if (before && (PUTS_SOMEONE_THERE().has(before) || people.has(before))) return true;
  return PRESENCE_HEADS().has(words[index + length]);
}

function badgesOfVisitors(words: readonly Token[], index: number, length: number): boolean {
  const read = BADGE_READING().has(words[index + length]) || BADGE_READING().has(words[index - 1]);
  const atEvent = EVENTS().occursIn(words);
  return (read || atEvent) && !WORKPLACE().occursIn(words.filter((_, i) => i < index || i >= index + length));
}
