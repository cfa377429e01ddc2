/**
 * Tokenising and normalising words. Stemming and singularising come from natural,
 * deep-imported and loaded on first use so start-up stays cheap.
 */
import { createRequire } from 'node:module';
import { precomputedStems } from './lexicon/stems.js';

const require = createRequire(import.meta.url);

export interface Token {
  /** The token as written. */
  text: string;
  lower: string;
  /** Porter stem, for matching inflections (publish, published, publishing). */
  stem: string;
  /** 0-based offset in the text. */
  start: number;
  end: number;
  kind: 'word' | 'number' | 'symbol';
  /** What the run knows of this word form, shared by its tokens (word tokens from tokenize only). */
  form?: WordForm;
}

/** One lower-case word form: its stem, and the answers word families gave for it (see WordFamily). */
export interface WordForm {
  stem: string;
  /** Per word family slot: the family's answer plus one; missing: not asked yet. */
  readonly answers: number[];
  /** The copy of this module that made the record: slots are numbered per copy (see ownForm). */
  readonly maker: object;
}

/**
 * A plugin may import okrlint/rule-kit (the compiled sources) while the CLI runs from its
 * bundle: two copies of this module and of the word families, whose slots are numbered
 * independently. A family reads a token's answers only from a record its own copy made.
 */
const THIS_COPY = Object.freeze({});

export function ownForm(token: Token): WordForm | undefined {
  const form = token.form;
  return form !== undefined && form.maker === THIS_COPY ? form : undefined;
}

interface Stemmer {
  stem(word: string): string;
}
interface NounInflector {
  singularize(word: string): string;
}

let stemmer: Stemmer | undefined;
let inflector: NounInflector | undefined;

function porter(): Stemmer {
  stemmer ??= require('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer;
  return stemmer;
}

function nouns(): NounInflector {
  if (!inflector) {
    const NounInflectorClass = require('natural/lib/natural/inflectors/noun_inflector.js') as new () => NounInflector;
    inflector = new NounInflectorClass();
  }
  return inflector;
}

const forms = new Map<string, WordForm>();

/** The shared record of a lower-case word form (bounded: past 50,000 forms the table starts again). */
function wordForm(lower: string): WordForm {
  let form = forms.get(lower);
  if (form === undefined) {
    form = { stem: precomputedStems().get(lower) ?? porter().stem(lower), answers: [], maker: THIS_COPY };
    if (forms.size > 50_000) forms.clear();
    forms.set(lower, form);
  }
  return form;
}

export function stem(word: string): string {
  return wordForm(word.toLowerCase()).stem;
}

export function singular(word: string): string {
  return nouns().singularize(word.toLowerCase());
}

// Words (with inner apostrophes, hyphens and dots such as "e.g.", and accented Latin letters
// after the first: "café", "naïve"), numbers (with separators, decimals), or single symbols.
// Each alternative is linear.
const TOKEN = /[A-Za-z][A-Za-zÀ-ÖØ-öø-ÿ'’]*(?:[-.][A-Za-z][A-Za-zÀ-ÖØ-öø-ÿ'’]*)*|\d+(?:[.,]\d+)*|[^\sA-Za-z\d]/g;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // One exec loop on the shared expression (matchAll copies it and builds an iterator per text).
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const raw = match[0];
    const start = match.index;
    const kind = kindOf(raw.charCodeAt(0));
    const lowered = raw.toLowerCase();
    const lower = lowered.includes('’') ? lowered.replace(/’/g, "'") : lowered;
    const form = kind === 'word' ? wordForm(lower) : undefined;
    tokens.push({ text: raw, lower, stem: form ? form.stem : lower, start, end: start + raw.length, kind, form });
  }
  return tokens;
}

/** A token is a number when it starts with an ASCII digit, a word when with an ASCII letter. */
function kindOf(code: number): Token['kind'] {
  if (code >= 48 && code <= 57) return 'number';
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 'word' : 'symbol';
}
