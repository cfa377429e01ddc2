/**
 * The shape of a key result's sentence: its main verb(s), each verb's object and head
 * noun, the subject of a declarative KR, and what each count counts. Rules ask "what is
 * being done, to what, by whom" instead of matching phrases.
 */
import type { Quantity, TextAnalysis } from './analysis.js';
import { lazy, WordFamily } from './lexicon/family.js';
import { EVENT_VERBS, NEUTRAL_VERBS, OUTCOME_VERBS, TASK_VERBS } from './lexicon/work.js';
import { isFiniteVerbTag, isVerbTag } from './pos.js';
import { analysisMemo } from './memo.js';
import { tokenTags } from './tags.js';
import type { Token } from './tokens.js';

export interface VerbUse {
  token: Token;
  /** Index in the clause's token list. */
  index: number;
  /** The phrase the verb acts on, up to the first preposition or clause break. */
  object: Token[];
  /** Head noun of the object ("the number of active members" -> members). */
  head?: Token;
  /** "can see", "is tracked", "are shipped": a state or capability, not an order. */
  modal: boolean;
  passive: boolean;
}

export interface CountedThing {
  quantity: Quantity;
  phrase: Token[];
  head?: Token;
}

export interface Clause {
  tokens: Token[];
  /** The KR starts with a base-form verb ("Publish 3 posts"). */
  imperative: boolean;
  /** Main verbs: the leading verb and verbs coordinated with it, or a declarative's finite verb. */
  verbs: VerbUse[];
  /** A declarative KR's subject ("The UI" in "The UI shows ..."). */
  subject: Token[];
  subjectHead?: Token;
  counted: CountedThing[];
  /** Penn Treebank tags of `tokens`. */
  tags: readonly string[];
}

const baseVerbs = lazy(() => {
  const forms = new Set<string>();
  for (const verb of [...TASK_VERBS, ...OUTCOME_VERBS, ...NEUTRAL_VERBS, ...EVENT_VERBS, ...EXTRA_IMPERATIVES]) forms.add(verb.split(' ')[0]!);
  return forms;
});

/** Base forms that open presence and routine KRs ("Be online", "Badge in", "Log 35 hours"). */
const EXTRA_IMPERATIVES = ['be', 'work', 'log', 'arrive', 'badge', 'drop', 'use', 'stay', 'average', 'respond', 'reply', 'keep', 'consider', 'never', 'always', 'address', 'fill', 'complete', 'join', 'show'];

/** Words that end a noun phrase. */
const PHRASE_BREAK = new Set([
  'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'within', 'across', 'per', 'via', 'through', 'during', 'under',
  'over', 'before', 'after', 'until', 'so', 'as', 'than', 'that', 'which', 'who', 'and', 'or', 'but', 'into', 'about',
  'while', 'when', 'where', 'without', 'including', 'among', 'between', 'is', 'are', 'be', 'was', 'were', 'has', 'have',
  'can', 'will', 'should', 'could', 'must', 'up', 'down', 'away', 'out', 'below', 'above', 'around', 'inside', 'outside',
  'against', 'behind', 'beyond', 'instead', 'except', 'since', 'once', 'unless', 'because', 'whether', 'if',
]);
const BREAK_SYMBOLS = new Set([',', ';', ':', '(', ')', '.', '!', '?', '—', '–', '"']);
const DETERMINERS = new Set(['a', 'an', 'the', 'our', 'their', 'its', 'his', 'her', 'your', 'my', 'each', 'every', 'all', 'any', 'some', 'no', 'this', 'these', 'those', 'at', 'least', 'most', 'more', 'than', 'new', 'first', 'one']);
/** "the number of X": the head is X. */
const CONTAINER_HEADS = new Set(['number', 'count', 'amount', 'share', 'percentage', 'percent', 'total', 'set', 'list', 'series', 'pair', 'couple', 'handful', 'lot', 'majority', 'most', 'all', 'some', 'each', 'one', 'kind', 'type', 'proportion', 'portion', 'rest', 'half', 'none', 'any', 'version', 'versions', 'piece', 'pieces', 'minimum', 'maximum', 'average']);
const RELATIVE_PRONOUNS = new Set(['that', 'who', 'which', 'whose', 'whom']);
const BE_FORMS = new Set(['is', 'are', 'be', 'been', 'being', 'was', 'were', "'s"]);

/**
 * @param isExtraVerb lets a rule's option verbs ("containerise") open an imperative KR.
 */
export function analyzeClause(analysis: TextAnalysis, isExtraVerb?: (token: Token) => boolean): Clause {
  // Cached per analysis: visibility, calendar and activity each ask for it. Option verbs only
  // matter for an opening word no base list knows, so that one answer picks the cache.
  const first = analysis.tokens[0];
  const extraVerb = first !== undefined && first.kind === 'word' && !baseVerbs().has(first.lower) && isExtraVerb?.(first) === true;
  return extraVerb ? clausesWithExtraVerb(analysis, buildClauseWithExtraVerb) : clauses(analysis, buildPlainClause);
}

/** Shared by every caller: do not mutate a clause. */
const clauses = analysisMemo<TextAnalysis, Clause>();
const clausesWithExtraVerb = analysisMemo<TextAnalysis, Clause>();
const buildPlainClause = (analysis: TextAnalysis) => buildClause(analysis, false);
const buildClauseWithExtraVerb = (analysis: TextAnalysis) => buildClause(analysis, true);

function buildClause(analysis: TextAnalysis, extraVerb: boolean): Clause {
  const tokens = analysis.tokens;
  const tags = tokenTags(analysis);
  const counted = countedThings(tokens, analysis.quantities, tags);
  const first = tokens[0];
  const knownVerb = first !== undefined && first.kind === 'word' && (baseVerbs().has(first.lower) || extraVerb);
  const imperative = (knownVerb && !startsWithNounCompound(tokens, tags)) || opensWithUnlistedVerb(tokens, tags);
  if (imperative) {
    return { tokens, imperative, verbs: coordinatedVerbs(tokens, tags), subject: [], counted, tags };
  }
  const main = declarativeVerb(tokens, tags);
  if (!main) return { tokens, imperative: false, verbs: [], subject: phraseAt(tokens, 0, tags), subjectHead: headOf(phraseAt(tokens, 0, tags)), counted, tags };
  const subject = tokens.slice(0, main.subjectEnd);
  return { tokens, imperative: false, verbs: [main.verb], subject, subjectHead: headOf(stripDeterminers(subject)), counted, tags };
}

/**
 * "Qualify a second vendor", "Streamline the intake form": a verb no list knows, recognised by
 * its tag or a verb-forming suffix, directly followed by a determiner that opens its object.
 */
function opensWithUnlistedVerb(tokens: Token[], tags: string[]): boolean {
  const first = tokens[0];
  const next = tokens[1];
  if (!first || first.kind !== 'word' || !next) return false;
  // "Capture 7 hours": the tagger's verb reading holds before a number too.
  if (next.kind === 'number') return tags[0] === 'VB';
  if (!OBJECT_OPENERS.has(next.lower)) return false;
  // A singular word straight before an article cannot open a noun phrase: "Lodge the return" is an order.
  const beforeArticle = tags[0] === 'NN' && ARTICLES.has(next.lower) && first.lower !== 'half';
  return tags[0] === 'VB' || beforeArticle || VERB_SUFFIXES.some((suffix) => first.lower.endsWith(suffix) && first.lower.length > suffix.length + 2);
}

const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'our', 'their', 'its', 'your', 'this', 'these', 'those', 'each', 'every', 'all']);
/** Verb-forming suffixes; "-en" is left out: "strengthen", "deepen" change a degree, they name no deliverable. */
const VERB_SUFFIXES = ['ise', 'ize', 'ify', 'yse', 'yze', 'ate'];

/** "Demo requests rise ..." starts with a noun used as a verb form; the tagger says which. */
function startsWithNounCompound(tokens: Token[], tags: string[]): boolean {
  const next = tokens[1];
  if (!next || next.kind !== 'word') return false;
  if (isFiniteVerbTag(tags[1]) && !DETERMINERS.has(next.lower) && tags[0] !== 'VB') return true;
  // "Feature flags (are) available", "Release notes go out": a noun then a plural noun, with a predicate later.
  // Past forms are left out: "Track hours spent" reads "spent" as a participle.
  return tags[0]!.startsWith('NN') && tags[1] === 'NNS' && tokens.slice(2).some((t, i) => tags[i + 2] === 'VBZ' || tags[i + 2] === 'VBP' || tags[i + 2] === 'MD' || BE_FORMS.has(t.lower) || PREDICATE_STATES.has(t.lower));
}

const PREDICATE_STATES = new Set(['available', 'live', 'enabled', 'ready', 'done', 'complete', 'published', 'shipped', 'deployed', 'running']);

function coordinatedVerbs(tokens: Token[], tags: string[]): VerbUse[] {
  const verbs: VerbUse[] = [verbUse(tokens, 0, tags)];
  for (let i = 1; i < tokens.length - 1; i++) {
    const joint = tokens[i]!;
    if (!(joint.lower === 'and' || joint.lower === 'or' || joint.lower === 'then' || joint.text === ',' || joint.text === '&' || joint.text === ';')) continue;
    let j = i + 1;
    if (tokens[j]?.lower === 'and' || tokens[j]?.lower === 'then') j++;
    const candidate = tokens[j];
    if (!candidate || candidate.kind !== 'word' || !baseVerbs().has(candidate.lower)) continue;
    if (!isVerbTag(tags[j]) && !TASK_VERB_FORMS().has(candidate.lower)) continue;
    // "... and support articles": a verb form followed straight by a plural noun reads as a noun.
    if (tags[j]?.startsWith('NN') && tags[j + 1]?.startsWith('NNS')) continue;
    verbs.push(verbUse(tokens, j, tags));
    i = j;
  }
  // "Hire or assign an owner": a verb whose object is the next verb shares that verb's object.
  for (let k = verbs.length - 2; k >= 0; k--) {
    const objectStart = verbs[k]!.object[0];
    if (objectStart && (objectStart.lower === 'or' || objectStart.lower === 'and' || objectStart.text === ',')) {
      verbs[k] = { ...verbs[k]!, object: verbs[k + 1]!.object, head: verbs[k + 1]!.head };
    }
  }
  return verbs;
}

const TASK_VERB_FORMS = lazy(() => new Set(TASK_VERBS.map((v) => v.split(' ')[0]!)));

function verbUse(tokens: Token[], index: number, tags: string[], modal = false, passive = false): VerbUse {
  let start = index + 1;
  // Phrasal particles: "set up", "roll out", "fill in", "write down", "line up".
  if (tokens[start] && ['up', 'out', 'in', 'down', 'off', 'away', 'over'].includes(tokens[start]!.lower)) start++;
  const object = phraseAt(tokens, start, tags);
  return { token: tokens[index]!, index, object, head: headOf(object), modal, passive };
}

/**
 * The noun phrase starting at i, through "of" chains, up to a break: a preposition, a
 * clause mark, or a verb after a noun ("5 guides | written by ...").
 */
export function phraseAt(tokens: Token[], i: number, tags: readonly string[]): Token[] {
  const phrase: Token[] = [];
  let sawNoun = false;
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'symbol' && BREAK_SYMBOLS.has(t.text)) break;
    const hasContent = phrase.some((p) => p.kind === 'word' && !DETERMINERS.has(p.lower));
    // "a retro | every sprint": a distributive after the noun starts a frequency, not more of the phrase.
    if (t.kind === 'word' && (PHRASE_BREAK.has(t.lower) || t.lower === 'every' || t.lower === 'each') && hasContent) break;
    // A verb after a noun starts a new clause: "5 guides | written by", "reasons prospects | decide".
    if (sawNoun && (VERB_AFTER_NOUN.has(tags[k] ?? '') || (tags[k] === 'VB' && tags[k - 1] === 'NNS'))) {
      // "reasons prospects decide", "features customers use": the last noun is the subject of a reduced relative clause.
      if (tags[k - 1]?.startsWith('NNS') && tags[k - 2]?.startsWith('NNS') && tokens[k - 2]!.lower.endsWith('s') && phrase.length > 1) phrase.pop();
      break;
    }
    // "orders | the same day": an article right after a noun (not after "of") opens a new phrase.
    if (sawNoun && ARTICLES.has(t.lower) && tokens[k - 1]?.lower !== 'of') break;
    if (tags[k]?.startsWith('NN')) sawNoun = true;
    phrase.push(t);
  }
  return phrase;
}

const ARTICLES = new Set(['a', 'an', 'the']);
const VERB_AFTER_NOUN = new Set(['VBN', 'VBD', 'VBZ', 'VBP', 'MD']);

/** The last content word of a phrase; "of" hands the head on when the first part is a container. */
export function headOf(phrase: Token[]): Token | undefined {
  const words = phrase.filter((t) => t.kind === 'word');
  const ofIndex = words.findIndex((w) => w.lower === 'of');
  if (ofIndex > 0) {
    const before = words.slice(0, ofIndex).filter((w) => !DETERMINERS.has(w.lower));
    const beforeHead = before[before.length - 1];
    if (!beforeHead || CONTAINER_HEADS.has(beforeHead.lower)) return headOf(phrase.slice(phrase.indexOf(words[ofIndex]!) + 1));
    return beforeHead;
  }
  const content = words.filter((w) => !DETERMINERS.has(w.lower));
  return content[content.length - 1];
}

function stripDeterminers(tokens: Token[]): Token[] {
  return tokens.filter((t) => !(t.kind === 'word' && DETERMINERS.has(t.lower)));
}

interface DeclarativeVerb {
  verb: VerbUse;
  subjectEnd: number;
}

/** The first finite verb of the main clause ("The UI shows", "Members can create", "search is live"). */
function declarativeVerb(tokens: Token[], tags: string[]): DeclarativeVerb | undefined {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    // The tagger reads "engineers join" as a base verb; after a plural noun it is a present tense.
    const finite = isFiniteVerbTag(tags[i]) || BE_FORMS.has(t.lower) || t.lower === 'has' || t.lower === 'have' || (tags[i] === 'VB' && tags[i - 1] === 'NNS') || baseVerbAfterPluralName(tokens, i);
    if (!finite) continue;
    if (insideRelativeClause(tokens, i)) continue;
    // "Team leads attend the review": a plural noun read as a verb, with the real base verb next.
    const following = tokens[i + 1];
    if (tags[i] === 'VBZ' && following && (tags[i + 1] === 'VB' || tags[i + 1] === 'VBP') && baseVerbs().has(following.lower) && OBJECT_OPENERS.has(tokens[i + 2]?.lower ?? '')) {
      return { verb: verbUse(tokens, i + 1, tags), subjectEnd: i + 1 };
    }
    let index = i;
    let modal = false;
    let passive = false;
    if (tags[i] === 'MD') {
      modal = true;
      index = i + 1;
    }
    if (BE_FORMS.has(tokens[index]?.lower ?? '') && tokens[index + 1]) {
      // "is tracked", "can be answered": the participle carries the meaning.
      const next = tokens[index + 1]!;
      if (tags[index + 1] === 'VBN' || tags[index + 1] === 'VBD' || next.lower.endsWith('ed')) {
        passive = true;
        index++;
      }
    }
    if (!tokens[index] || tokens[index]!.kind !== 'word') return undefined;
    return { verb: verbUse(tokens, index, tags, modal, passive), subjectEnd: i };
  }
  return undefined;
}

/** "CSRs log 20 calls": a one-word plural subject (often an acronym the tagger reads as a noun), then a base verb and its object. */
function baseVerbAfterPluralName(tokens: Token[], i: number): boolean {
  const subject = tokens[0]!;
  const after = tokens[i + 1];
  return i === 1 && /[^s]s$/.test(subject.text) && baseVerbs().has(tokens[i]!.lower) && after !== undefined && (after.kind === 'number' || OBJECT_OPENERS.has(after.lower));
}

function insideRelativeClause(tokens: Token[], i: number): boolean {
  for (let back = 1; back <= 3; back++) {
    const t = tokens[i - back];
    if (!t) return false;
    if (RELATIVE_PRONOUNS.has(t.lower)) return true;
    if (t.kind === 'symbol' && t.text === ',') return false;
  }
  return false;
}

function countedThings(tokens: Token[], quantities: Quantity[], tags: string[]): CountedThing[] {
  const things: CountedThing[] = [];
  for (const quantity of quantities) {
    if (quantity.unit !== 'count') continue;
    const next = tokens.findIndex((t) => t.start >= quantity.end);
    if (next < 0) continue;
    const phrase = phraseAt(tokens, next, tags);
    things.push({ quantity, phrase, head: headOf(phrase) });
  }
  return things;
}

/** Does a family entry end at the phrase's head (so "blog posts" counts posts, "article views" counts views)? */
export function familyNamesHead(family: WordFamily, phrase: readonly Token[], head: Token | undefined): boolean {
  if (!head) return false;
  const words = phrase.filter((t) => t.kind === 'word');
  const headIndex = words.indexOf(head);
  if (headIndex < 0) return family.has(head);
  for (let i = 0; i <= headIndex; i++) {
    const length = family.matchAt(words, i);
    if (length > 0 && i + length - 1 === headIndex) return true;
  }
  return false;
}
