/**
 * Language that sets a direction without a destination, found by word class rather than
 * by listing phrases: comparatives ("smoother", "fewer"), verbs made from adjectives of
 * degree ("deepen", "broaden"), and relations or impressions named as the result
 * ("relationships", "awareness", "the word") that no count stands behind.
 */
import { posTags } from '../text/pos.js';
import { wordTags } from '../text/tags.js';
import { analysisMemo } from '../text/memo.js';
import type { TextAnalysis, Token } from '../text/analysis.js';
import { stem } from '../text/tokens.js';

/** Part-of-speech tags of an analysis's words, by token index (tagged once, cached by pos.ts). */
export function tagsByToken(analysis: TextAnalysis): Map<Token, string> {
  return tagMaps(analysis, tagMapOf);
}

/** One map per analysis: several rules ask for the same key result's tags. Shared: do not mutate. */
const tagMaps = analysisMemo<TextAnalysis, Map<Token, string>>();

function tagMapOf(analysis: TextAnalysis): Map<Token, string> {
  const tags = wordTags(analysis);
  return new Map(analysis.words.map((w, i) => [w, tags[i] ?? 'NN']));
}

const ADJECTIVE = /^(JJ|JJR|JJS|RB|RBR)$/;

/** The adjective a comparative is built on: "smoother" -> "smooth", "easier" -> "easy", "bigger" -> "big". */
function comparativeBases(word: string): string[] {
  if (!/^[a-z]{3,}er$/.test(word)) return [];
  const body = word.slice(0, -2);
  const bases = [body, `${body}e`];
  if (body.endsWith('i')) bases.push(`${body.slice(0, -1)}y`);
  if (/([bdglmnprt])\1$/.test(body)) bases.push(body.slice(0, -1));
  return bases;
}

const NOT_COMPARATIVE = new Set(['other', 'another', 'either', 'neither', 'rather', 'together', 'whether']);

const isAdjective = (word: string) => posTags([word])[0] === 'JJ';

/**
 * A comparative (or superlative) used as a qualifier: tagged JJR/RBR/JJS by the tagger, or an "-er" form of a
 * known adjective that the tagger left as an adjective ("smoother", "tidier"). Nouns in
 * "-er" ("customer", "partner") are tagged as nouns in context and never match.
 */
export function isComparative(token: Token, tag: string | undefined): boolean {
  // "every other Thursday", "another site": determiners that happen to end in "-er".
  if (NOT_COMPARATIVE.has(token.lower)) return false;
  if (tag === 'JJR' || tag === 'RBR') return true;
  // Superlatives rank against everyone else with no yardstick: "the friendliest clinic", "best in town".
  if ((tag === 'JJS' || tag === 'RBS') && !/^(most|least|latest|earliest)$/.test(token.lower)) return true;
  if (!tag || !ADJECTIVE.test(tag)) return false;
  return comparativeBases(token.lower).some(isAdjective);
}

/** "deepen", "broaden", "widen", "sharpen": a verb meaning "make more <adjective>", which names no amount. */
export function isDegreeVerb(token: Token): boolean {
  const word = token.lower;
  if (!/^[a-z]{2,}en$/.test(word)) return false;
  const body = word.slice(0, -2);
  return [body, `${body}e`].some(isAdjective);
}

/**
 * Results that are relations or impressions: they exist only in people's heads until a
 * survey, a count or a rate names them ("Build trust with partners", "Raise awareness").
 */
const SOFT_OUTCOMES = new Set([
  'relationship', 'relation', 'rapport', 'tie', 'bond', 'trust', 'goodwill', 'awareness', 'word', 'buzz', 'profile', 'reputation',
  'recognition', 'mindshare', 'morale', 'culture', 'presence', 'visibility', 'credibility', 'alignment', 'connection', 'partnership',
].map((w) => stem(w)));
const AFTER_HEAD = new Set(['with', 'of', 'about', 'among', 'across', 'in', 'on', 'for', 'to', 'out', 'between', 'around', 'within', 'and', 'through', 'amongst']);

/** The head of the verb's object when it names a relation or impression: "Deepen relationships with donors" -> relationships. */
export function softOutcomeHead(analysis: TextAnalysis): Token | undefined {
  const { tokens } = analysis;
  for (let i = 1; i < tokens.length && i <= 6; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') break;
    if (!SOFT_OUTCOMES.has(t.stem)) continue;
    const next = tokens[i + 1];
    // The head of the phrase: "brand awareness of X", "the word out"; not a modifier ("trust centre page").
    if (next && next.kind !== 'symbol' && !AFTER_HEAD.has(next.lower)) return undefined;
    const tags = tagsByToken(analysis);
    if (!tags.get(t)?.startsWith('NN')) return undefined;
    // The object of the opening verb, with nothing but modifiers between: "Build trust", "Raise brand
    // awareness"; not "a head of partnerships" (a preposition) nor "a partnership" (one countable thing).
    for (let j = 1; j < i; j++) {
      const before = tokens[j]!;
      if (before.kind !== 'word' || /^(a|an|one)$/.test(before.lower)) return undefined;
      if (!/^(NN|NNS|JJ|JJR|PRP\$|DT)$/.test(tags.get(before) ?? '')) return undefined;
    }
    return t;
  }
  return undefined;
}

/**
 * "Make the museum the first stop for families", "Make our help centre friendly": an object and then
 * what it should become (a second noun phrase or an adjective), with no number to say when it has.
 */
export function makesAnAim(a: TextAnalysis): boolean {
  const tags = tagsByToken(a);
  const words = a.words;
  let sawNoun = false;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const tag = tags.get(w) ?? '';
    if (sawNoun && /^(the|a|an|our|their|its)$/.test(w.lower)) return true;
    if (/^(IN|TO|CC|MD)$/.test(tag)) return false;
    // A verb after the object starts a new clause; before it, the tagger has misread a modifier ("help centre").
    if (tag.startsWith('VB')) {
      if (sawNoun) return false;
      continue;
    }
    if (tag.startsWith('NN') || tag === 'PRP') sawNoun = true;
  }
  const last = words[words.length - 1];
  // The tagger reads some "-ly" adjectives ("friendly", "lively") as adverbs.
  return sawNoun && last !== undefined && /^(JJ|RB)$/.test(tags.get(last) ?? '');
}

const BEING = new Set(['is', 'are', 'be', 'stay', 'stays', 'remain', 'remains', 'feel', 'feels']);
const UNIVERSAL = new Set(['every', 'each', 'all', 'no', 'none', 'both']);

/**
 * "Ensure partners are happy", "Make sure technicians are well prepared": an imperative to
 * secure a state whose only measure is a predicate adjective, a degree adverb before a
 * participle, or an attitude ("satisfied with"). Returns the word the state rests on.
 * A universal subject ("every laptop is encrypted") or a bare participle ("the backup is
 * restored") is a yes/no end state anyone can check, so it is not returned.
 */
export function ensuredState(analysis: TextAnalysis): Token | undefined {
  const words = analysis.words;
  const opener = words[0]?.lower === 'ensure' ? 1 : words[0]?.lower === 'make' && words[1]?.lower === 'sure' ? 2 : 0;
  if (opener === 0) return undefined;
  const being = words.findIndex((w, i) => i > opener && BEING.has(w.lower));
  if (being < 0 || words.slice(opener, being).some((w) => UNIVERSAL.has(w.lower))) return undefined;
  const tags = tagsByToken(analysis);
  const tag = (i: number) => tags.get(words[i]!) ?? '';
  const at = being + 1;
  if (at >= words.length) return undefined;
  if (tag(at) === 'JJ') return words[at];
  if (/^RB/.test(tag(at)) && at + 1 < words.length && /^(JJ|VBN)$/.test(tag(at + 1))) return words[at + 1];
  if (tag(at) === 'VBN' && /^(with|about)$/.test(words[at + 1]?.lower ?? '')) return words[at];
  return undefined;
}
