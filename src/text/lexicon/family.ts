/**
 * Word families: a named set of words and short phrases matched on Porter stems, so
 * one entry covers its inflections ("publish" ~ "published", "posts" ~ "post").
 * Families are built once per process; matching walks the token list, never a regex.
 */
import { ownForm, stem } from '../tokens.js';
import type { Token } from '../tokens.js';

/**
 * Entry syntax: `word` matches by stem; `=word` matches that exact lower-case form only
 * (for words whose stem collides, e.g. "productive" and "product"); several words
 * separated by spaces form a phrase matched word by word ("office hours").
 */
/** Families past this many (rule options creating families without end) answer from their own table. */
const MAX_SLOTS = 1024;
let nextSlot = 0;

export class WordFamily {
  private readonly stems = new Set<string>();
  private readonly exact = new Set<string>();
  /** Phrases keyed by the stem of their first word, and (for `=word` openings) by its exact form. */
  private readonly phrasesByStem = new Map<string, string[][]>();
  private readonly phrasesByForm = new Map<string, string[][]>();

  /** This family's place in each word form's answers (WordForm.answers); a new one when entries change. */
  private slot: number;

  constructor(entries: Iterable<string>) {
    for (const entry of entries) this.insert(entry);
    this.slot = nextSlot++;
  }

  add(entry: string): void {
    this.insert(entry);
    this.codes.clear();
    this.slot = nextSlot++;
  }

  private insert(entry: string): void {
    const parts = entry.trim().toLowerCase().split(/\s+/).filter(Boolean).map(entryKey);
    if (parts.length === 0) return;
    if (parts.length === 1) {
      const [key] = parts as [string];
      if (key.startsWith('=')) this.exact.add(key.slice(1));
      else this.stems.add(key);
      return;
    }
    const first = parts[0]!;
    const byFirst = first.startsWith('=') ? this.phrasesByForm : this.phrasesByStem;
    const firstKey = first.startsWith('=') ? first.slice(1) : first;
    const list = byFirst.get(firstKey) ?? [];
    list.push(parts);
    byFirst.set(firstKey, list);
  }

  /**
   * What the family says of a word, per lower-case form (a word token's stem follows from it):
   * IS_MEMBER and/or OPENS_PHRASE. Each family is asked of every word of every text, so the
   * answer costs one look-up after the first time.
   */
  private readonly codes = new Map<string, number>();

  private codeOf(token: Token): number {
    // Tokens from tokenize share a record per word form: the answer sits there, one index away.
    const form = ownForm(token);
    if (form !== undefined && this.slot < MAX_SLOTS) {
      const known = form.answers[this.slot];
      if (known !== undefined) return known - 1;
      const code = this.computeCode(token);
      form.answers[this.slot] = code + 1;
      return code;
    }
    let code = this.codes.get(token.lower);
    if (code === undefined) {
      code = this.computeCode(token);
      if (this.codes.size > 20_000) this.codes.clear();
      this.codes.set(token.lower, code);
    }
    return code;
  }

  private computeCode(token: Token): number {
    return (this.isMember(token) ? IS_MEMBER : 0) | (this.phrasesByStem.has(token.stem) || this.phrasesByForm.has(token.lower) ? OPENS_PHRASE : 0);
  }

  private isMember(token: Token): boolean {
    if (this.exact.has(token.lower) || this.stems.has(token.stem)) return true;
    // "clients'" and "team's" are the nouns; "sign-ups" may be listed as "signup".
    const bare = withoutPossessive(token.lower);
    return this.exact.has(bare) || this.stems.has(stem(bare)) || this.stems.has(stem(bare.replaceAll('-', '')));
  }

  /** Does this single token belong to the family (one-word entries only)? */
  has(token: Token | undefined): boolean {
    if (!token || token.kind !== 'word') return false;
    return (this.codeOf(token) & IS_MEMBER) !== 0;
  }

  /** Length in tokens of the longest family entry starting at words[i], or 0. */
  matchAt(words: readonly Token[], i: number): number {
    const first = words[i];
    if (!first || first.kind !== 'word') return 0;
    const code = this.codeOf(first);
    const best = code & IS_MEMBER ? 1 : 0;
    if (!(code & OPENS_PHRASE)) return best;
    return longestPhrase(this.phrasesByForm.get(first.lower), words, i, longestPhrase(this.phrasesByStem.get(first.stem), words, i, best));
  }

  /** Index of the first word where an entry starts, or -1. */
  find(words: readonly Token[], from = 0, to = words.length): number {
    for (let i = from; i < to; i++) if (this.matchAt(words, i) > 0) return i;
    return -1;
  }

  /** Every match as [start, length] pairs. */
  findAll(words: readonly Token[]): [number, number][] {
    const found: [number, number][] = [];
    for (let i = 0; i < words.length; i++) {
      const length = this.matchAt(words, i);
      if (length > 0) {
        found.push([i, length]);
        i += length - 1;
      }
    }
    return found;
  }

  /** Does any token in the list belong to the family (phrases included)? */
  occursIn(words: readonly Token[]): boolean {
    return this.find(words) >= 0;
  }
}

const IS_MEMBER = 1;
const OPENS_PHRASE = 2;

/** The longer of `best` and the longest of `phrases` matching at words[i]. */
function longestPhrase(phrases: string[][] | undefined, words: readonly Token[], i: number, best: number): number {
  if (phrases === undefined) return best;
  for (const phrase of phrases) {
    if (phrase.length > best && phraseMatches(phrase, words, i)) best = phrase.length;
  }
  return best;
}

function withoutPossessive(lower: string): string {
  if (lower.endsWith("'s")) return lower.slice(0, -2);
  if (lower.endsWith("'")) return lower.slice(0, -1);
  return lower;
}

function entryKey(word: string): string {
  return word.startsWith('=') ? word : stem(word);
}

function phraseMatches(phrase: string[], words: readonly Token[], i: number): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const token = words[i + k];
    if (!token) return false;
    const key = phrase[k]!;
    if (key.startsWith('=') ? token.lower !== key.slice(1) : token.stem !== key) return false;
  }
  return true;
}

/** Every lazy value of the process, so the build can compute them all ahead of time. */
const lazyValues: (() => unknown)[] = [];

/** A value computed on first use and kept for the life of the process. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  const get = () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
  lazyValues.push(get);
  return get;
}

/**
 * Builds every lazy list and family of the modules loaded so far. scripts/build-stems.mjs
 * calls it to learn which words the built-in lists stem (lazy values are fixed word lists).
 */
export function buildEveryLazyValue(): void {
  for (const get of lazyValues) get();
}

/** A family extended with a rule's option words; cached per distinct word list. */
export function extendedFamily(base: () => WordFamily, baseEntries: readonly string[], extra: readonly string[] | undefined, cache: Map<string, WordFamily>): WordFamily {
  if (!extra || extra.length === 0) return base();
  const key = extra.join('\u0000');
  let family = cache.get(key);
  if (!family) {
    family = new WordFamily([...baseEntries, ...extra]);
    cache.set(key, family);
  }
  return family;
}

const termFamilies = new Map<string, WordFamily>();

/** A family of user-given terms (a rule's `allowTerms`), built once per distinct list. */
export function termFamily(terms: readonly string[]): WordFamily {
  const key = terms.join('\u0000');
  let family = termFamilies.get(key);
  if (!family) {
    family = new WordFamily(terms);
    if (termFamilies.size > 100) termFamilies.clear();
    termFamilies.set(key, family);
  }
  return family;
}

/** A word family built on first use, once per process. */
export function lazyFamily(entries: readonly string[]): () => WordFamily {
  return lazy(() => new WordFamily(entries));
}
