/**
 * One-line scalars and implicit keys for the block scanner (see block.ts). A scalar here
 * is plain, 'single-quoted' or "double-quoted without escapes", ends on its own line and
 * may be followed by spaces and a comment; anything else is refused (undefined), and
 * yaml reads the text instead. Plain scalars resolve through the yaml schema's own
 * tags (null, booleans, numbers), so values are the library's, not a re-implementation.
 */
import { Document, isScalar, type ScalarTag } from 'yaml';
import { PARSE_OPTIONS } from '../common-shape.js';

export interface InlineScalar {
  data: unknown;
  /** Where the value starts and ends (quotes included), as yaml's range[0] and range[1]. */
  start: number;
  end: number;
  /** A plain scalar's source text (for the YAML 1.1 boolean check). */
  plain?: string;
}

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const SINGLE_QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;
const BACKSLASH = 0x5c;
const DASH = 0x2d;

/** Characters that cannot start a plain scalar (or start something else): YAML's indicators. */
const NOT_PLAIN_START = new Set([...'[]{},#&*!|>\'"%@`?:'].map((c) => c.charCodeAt(0)));

let schema: { valueTags: ScalarTag[]; keyTags: ScalarTag[]; options: Document['options'] } | undefined;

/** The tags yaml tries on a plain scalar, from a document made with the options parse.ts uses. */
function tagsOfSchema() {
  if (schema) return schema;
  const template = new Document(undefined, PARSE_OPTIONS);
  const tags = template.schema.tags as ScalarTag[];
  schema = {
    valueTags: tags.filter((tag) => tag.default === true && tag.test),
    keyTags: tags.filter((tag) => (tag.default === true || tag.default === 'key') && tag.test),
    options: template.options,
  };
  return schema;
}

/**
 * The first characters of the texts the schema's tags (null, booleans, integers, floats) can
 * match, or the empty text; any other plain scalar is a string without trying them. (A test
 * checks every tag against every first character.)
 */
export const TAGGED_FIRST = new Set([...'~nNtTfF0123456789+-.'].map((c) => c.charCodeAt(0)));

/** What resolvePlain gives for a scalar yaml would complain about. */
export const UNRESOLVED = Symbol('unresolved');

/**
 * Values of plain scalars a tag resolved (numbers, booleans, null: immutable), by source.
 * Files repeat them (0.7, 100, true), and yaml's float resolver builds a Scalar node each time.
 */
const tagged = new Map<string, unknown>();
const MAX_TAGGED = 4_096;

/** A plain scalar's value as yaml's composeScalar and toJS give it, or UNRESOLVED. */
export function resolvePlain(source: string, atKey: boolean): unknown {
  if (!atKey && source !== '' && !TAGGED_FIRST.has(source.charCodeAt(0))) return source;
  if (!atKey && tagged.has(source)) return tagged.get(source);
  const value = resolveByTag(source, atKey);
  if (!atKey && tagged.size < MAX_TAGGED && (value === null || typeof value === 'number' || typeof value === 'boolean')) tagged.set(source, value);
  return value;
}

function resolveByTag(source: string, atKey: boolean): unknown {
  const { valueTags, keyTags, options } = tagsOfSchema();
  const tag = (atKey ? keyTags : valueTags).find((t) => t.test!.test(source));
  if (!tag) return source;
  let failed = false;
  let result: unknown;
  try {
    result = tag.resolve(source, () => (failed = true), options);
  } catch {
    return UNRESOLVED;
  }
  const value = isScalar(result) ? result.value : result;
  // A merge key (`<<`) resolves to a symbol: yaml's Documents handle merges.
  return failed || typeof value === 'symbol' ? UNRESOLVED : value;
}

/** The tags yaml tries on a plain value (for the test of TAGGED_FIRST). */
export function valueTags(): readonly ScalarTag[] {
  return tagsOfSchema().valueTags;
}

function isKeyStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
}

function isKeyPart(code: number): boolean {
  return isKeyStart(code) || (code >= 0x30 && code <= 0x39) || code === DASH;
}

/** The longest key the scanner reads; yaml limits implicit keys to 1024 characters. */
const MAX_KEY_LENGTH = 200;

/** Key names already checked to resolve to themselves (an OKR file reuses a dozen names). */
const knownKeys = new Set<string>();

/**
 * An implicit key at `at`: a name of letters, digits, `_` and `-`, then `:` and a space or
 * the line's end. Its name, or undefined. Names yaml reads as something else than that
 * same text (null, true, ...) and `__proto__` are refused.
 */
export function readKey(text: string, at: number, lineEnd: number): string | undefined {
  if (!isKeyStart(text.charCodeAt(at))) return undefined;
  let i = at + 1;
  while (i < lineEnd && isKeyPart(text.charCodeAt(i))) i++;
  if (i >= lineEnd || text.charCodeAt(i) !== COLON || i - at > MAX_KEY_LENGTH) return undefined;
  if (i + 1 < lineEnd && text.charCodeAt(i + 1) !== SPACE) return undefined;
  const name = text.slice(at, i);
  if (knownKeys.has(name)) return name;
  if (name === '__proto__' || resolvePlain(name, true) !== name) return undefined;
  if (knownKeys.size < 1000) knownKeys.add(name);
  return name;
}

/** Whether a `-` at `at` is a block sequence indicator (followed by a space or the line's end). */
export function isSeqIndicator(text: string, at: number, lineEnd: number): boolean {
  return text.charCodeAt(at) === DASH && (at + 1 === lineEnd || text.charCodeAt(at + 1) === SPACE);
}

/**
 * The scalar that starts at `at` (not a space) and ends on this line, or undefined. What
 * follows it on the line may only be spaces and a comment.
 */
export function readInlineScalar(text: string, at: number, lineEnd: number): InlineScalar | undefined {
  const first = text.charCodeAt(at);
  if (first === SINGLE_QUOTE) return readQuoted(text, at, lineEnd, SINGLE_QUOTE);
  if (first === DOUBLE_QUOTE) return readQuoted(text, at, lineEnd, DOUBLE_QUOTE);
  if (NOT_PLAIN_START.has(first) || isSeqIndicator(text, at, lineEnd)) return undefined;
  return readPlain(text, at, lineEnd);
}

/** A plain scalar: up to ` #` or the line's end, without trailing spaces; `: ` inside would make it a key. */
function readPlain(text: string, at: number, lineEnd: number): InlineScalar | undefined {
  let end = at + 1;
  for (let i = at + 1; i < lineEnd; i++) {
    const code = text.charCodeAt(i);
    if (code === SPACE) {
      if (text.charCodeAt(i + 1) === HASH) break;
      continue;
    }
    if (code === COLON && (i + 1 === lineEnd || text.charCodeAt(i + 1) === SPACE)) return undefined;
    end = i + 1;
  }
  const source = text.slice(at, end);
  const data = resolvePlain(source, false);
  return data === UNRESOLVED ? undefined : { data, start: at, end, plain: source };
}

/**
 * A quoted scalar closed on this line: single quotes escape themselves (`''`); a double-quoted
 * one with a backslash escape is refused. After it, only spaces and a comment.
 */
function readQuoted(text: string, at: number, lineEnd: number, quote: number): InlineScalar | undefined {
  let i = at + 1;
  let doubled = false;
  for (; i < lineEnd; i++) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH && quote === DOUBLE_QUOTE) return undefined;
    if (code !== quote) continue;
    if (quote === SINGLE_QUOTE && text.charCodeAt(i + 1) === SINGLE_QUOTE) {
      doubled = true;
      i++;
      continue;
    }
    break;
  }
  if (i >= lineEnd) return undefined;
  const end = i + 1;
  if (!onlyCommentAfter(text, end, lineEnd)) return undefined;
  const inner = text.slice(at + 1, i);
  return { data: doubled ? inner.replace(/''/g, "'") : inner, start: at, end };
}

/** Whether the rest of the line from `at` is empty, spaces, or spaces then a comment. */
export function onlyCommentAfter(text: string, at: number, lineEnd: number): boolean {
  if (at === lineEnd) return true;
  if (text.charCodeAt(at) !== SPACE) return false;
  let i = at;
  while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
  return i === lineEnd || text.charCodeAt(i) === HASH;
}
