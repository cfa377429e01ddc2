/**
 * A fast reader for the common shape of an OKR file: one document whose root is a block
 * mapping of block mappings, block sequences and scalars (plain, quoted or block), with
 * comments. It builds the plain data and the places of its nodes straight from yaml's CST,
 * skipping the Document nodes (about a third of parsing) and their toJS walk.
 *
 * It reads only what it can read exactly as yaml's Composer and toJS would: anything else
 * (anchors, aliases, tags, merge keys, flow collections, directives, several documents,
 * tabs, duplicate keys, any error the composer could raise) makes it give up, and the
 * caller parses the text the full way. Scalars go through yaml's own resolvers and the
 * document schema's own tags, so values are the library's, not a re-implementation.
 * parse.ts tries it on the texts the line scanner (scanner/block.ts) refuses.
 */
import { CST, Document, isScalar, Parser, type LineCounter, type ScalarTag } from 'yaml';
import { ambiguousBoolean, MAX_NESTING_DEPTH, type CheckProblem } from './checks.js';
import type { Place } from './places.js';

export interface CommonShape {
  data: Record<string, unknown>;
  root: Place;
  problems: CheckProblem[];
}

/** Thrown to give up; caught in readCommonShape. */
const UNUSUAL = Symbol('unusual YAML');

/** The options parse.ts gives the full parser; the template document supplies their schema. */
export const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, merge: true, logLevel: 'error' } as const;

let template: Document | undefined;
function schemaTags() {
  template ??= new Document(undefined, PARSE_OPTIONS);
  return { tags: template.schema.tags, options: template.options };
}

/** A mapping with more keys than this is not an OKR file's; the full path handles it. */
const MAX_KEYS = 64;

/**
 * The data, places and structural warnings of `text`, or undefined when the text is not
 * of the common shape. `lineCounter` must be fresh: on undefined it holds a partial count.
 */
export function readCommonShape(text: string, lineCounter: LineCounter): CommonShape | undefined {
  let document: CST.Document | undefined;
  for (const token of new Parser(lineCounter.addNewLine).parse(text)) {
    if (token.type === 'document' && !document) document = token;
    else if (token.type !== 'comment' && token.type !== 'newline' && token.type !== 'space') return undefined;
  }
  if (!document) return undefined;
  try {
    return new Reader().document(document);
  } catch (error) {
    if (error === UNUSUAL) return undefined;
    throw error;
  }
}

interface Props {
  /** Offset of the indicator (`-`, `:`, `---`), or -1. */
  found: number;
  hasNewline: boolean;
  hasComment: boolean;
  /** End of the last token, or the offset given when there is none. */
  end: number;
}

interface Read {
  data: unknown;
  place: Place;
  /** yaml's range[2]: the end including trailing comments. */
  tail: number;
  /** A plain scalar's resolved text (for the YAML 1.1 boolean check). */
  plain?: string;
}

class Reader {
  readonly problems: CheckProblem[] = [];

  document(token: CST.Document): CommonShape {
    const props = readProps(token.start, 'doc-start', true, token.offset);
    const value = token.value;
    if (value?.type !== 'block-map' || (props.found >= 0 && !props.hasNewline)) throw UNUSUAL;
    for (const end of token.end ?? []) if (end.type !== 'space' && end.type !== 'comment' && end.type !== 'newline') throw UNUSUAL;
    const read = this.blockMap(value, 1);
    return { data: read.data as Record<string, unknown>, root: read.place, problems: this.problems };
  }

  private node(token: CST.Token, depth: number): Read {
    switch (token.type) {
      case 'block-map':
        return this.blockMap(token, depth);
      case 'block-seq':
        return this.blockSeq(token, depth);
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'block-scalar':
        return readScalar(token, false);
      default:
        throw UNUSUAL;
    }
  }

  /** As yaml's resolveBlockMap, then addPairToJSMap; checks.ts's warnings on the way. */
  private blockMap(map: CST.BlockMap, depth: number): Read {
    if (depth > MAX_NESTING_DEPTH || map.items.length > MAX_KEYS) throw UNUSUAL;
    const data: Record<string, unknown> = {};
    const keys: string[] = [];
    const keyPlaces: Place[] = [];
    const children: Place[] = [];
    let offset = map.offset;
    let commentEnd = -1;
    for (const { start, key, sep, value } of map.items) {
      const keyProps = readProps(start, 'explicit-key-ind', true, offset);
      if (keyProps.found >= 0) throw UNUSUAL;
      if (!key && !sep) {
        commentEnd = keyProps.end;
        continue;
      }
      if (!key || !sep || !isFlowScalar(key) || key.indent !== map.indent || containsNewline(key)) throw UNUSUAL;
      const keyRead = readScalar(key, true);
      const valueProps = readProps(sep, 'map-value-ind', false, keyRead.tail);
      if (valueProps.found < 0 || keyProps.end < valueProps.found - 1024) throw UNUSUAL;
      if (value?.type === 'block-map' && !valueProps.hasNewline) throw UNUSUAL;
      offset = valueProps.end;
      const valueRead = value ? this.node(value, depth + 1) : emptyScalar(offset, sep, valueProps);
      offset = valueRead.tail;
      const name = keyName(keyRead.data);
      if (name === '<<' || keys.includes(name)) throw UNUSUAL;
      keys.push(name);
      keyPlaces.push(keyRead.place);
      children.push(valueRead.place);
      addToObject(data, keyRead.data, valueRead.data);
      if (valueRead.plain !== undefined) {
        const warning = ambiguousBoolean(valueRead.plain, valueRead.place);
        if (warning) this.problems.push(warning);
      }
    }
    if (commentEnd >= 0 && commentEnd < offset) throw UNUSUAL;
    return { data, place: { start: map.offset, end: offset, keys, keyPlaces, children }, tail: commentEnd >= 0 ? commentEnd : offset };
  }

  /** As yaml's resolveBlockSeq. */
  private blockSeq(seq: CST.BlockSequence, depth: number): Read {
    if (depth > MAX_NESTING_DEPTH) throw UNUSUAL;
    const data: unknown[] = [];
    const children: Place[] = [];
    let offset = seq.offset;
    let commentEnd = -1;
    for (const { start, value } of seq.items) {
      const props = readProps(start, 'seq-item-ind', true, offset);
      if (props.found < 0) {
        if (value) throw UNUSUAL;
        commentEnd = props.end;
        continue;
      }
      const read = value ? this.node(value, depth + 1) : emptyScalar(props.end, start, props);
      offset = read.tail;
      data.push(read.data);
      children.push(read.place);
    }
    if (commentEnd >= 0 && commentEnd < offset) throw UNUSUAL;
    return { data, place: { start: seq.offset, end: offset, children }, tail: commentEnd >= 0 ? commentEnd : offset };
  }
}

/**
 * yaml's resolveProps, for the tokens the common shape allows (space, newline, comment and
 * one indicator); whatever would be an error, a property or a tab gives up.
 */
function readProps(tokens: readonly CST.SourceToken[], indicator: string, startOnNewline: boolean, offset: number): Props {
  let hasSpace = startOnNewline;
  let found = -1;
  let hasNewline = false;
  let hasComment = false;
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
        if (token.source.includes('\t')) throw UNUSUAL;
        hasSpace = true;
        break;
      case 'comment':
        if (!hasSpace) throw UNUSUAL;
        hasComment = true;
        break;
      case 'newline':
        hasNewline = true;
        hasSpace = true;
        break;
      default:
        if (token.type !== indicator || found >= 0) throw UNUSUAL;
        found = token.offset;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  return { found, hasNewline, hasComment, end: last ? last.offset + last.source.length : offset };
}

function isFlowScalar(token: CST.Token): token is CST.FlowScalar {
  return token.type === 'scalar' || token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar';
}

/** yaml's containsNewline for a flow scalar key. */
function containsNewline(key: CST.FlowScalar): boolean {
  return key.source.includes('\n') || (key.end?.some((token) => token.type === 'newline') ?? false);
}

/** A scalar through yaml's own resolvers and the schema's tags, as composeScalar and toJS read it. */
function readScalar(token: CST.FlowScalar | CST.BlockScalar, atKey: boolean): Read {
  let failed = false;
  const onError = () => {
    failed = true;
  };
  const resolved = CST.resolveAsScalar(token, true, onError);
  if (!resolved || failed) throw UNUSUAL;
  const { value, range } = resolved;
  const place = { start: range[0], end: range[1] };
  if (token.type !== 'scalar') return { data: value, place, tail: range[2] };
  const { tags, options } = schemaTags();
  const tag = tags.find((t) => (t.default === true || (atKey && t.default === 'key')) && t.test?.test(value)) as ScalarTag | undefined;
  if (!tag) return { data: value, place, tail: range[2], plain: value };
  let result: unknown;
  try {
    result = tag.resolve(value, onError, options);
  } catch {
    throw UNUSUAL;
  }
  const data = isScalar(result) ? result.value : result;
  // A merge key (`<<`) resolves to a symbol: the full path handles merges.
  if (failed || typeof data === 'symbol') throw UNUSUAL;
  return { data, place, tail: range[2], plain: value };
}

/** A missing value: null, placed as yaml's emptyScalarPosition places it. */
function emptyScalar(offset: number, before: readonly CST.SourceToken[], props: Props): Read {
  const at = emptyScalarPosition(offset, before);
  return { data: null, place: { start: at, end: at }, tail: props.hasComment ? props.end : at };
}

/** yaml's emptyScalarPosition: after the indicator and the spaces that follow it. */
function emptyScalarPosition(offset: number, before: readonly CST.SourceToken[]): number {
  for (let i = before.length - 1; i >= 0; --i) {
    const token = before[i]!;
    if (token.type === 'space' || token.type === 'comment' || token.type === 'newline') {
      offset -= token.source.length;
      continue;
    }
    for (let next = before[++i]; next?.type === 'space'; next = before[++i]) offset += next.source.length;
    break;
  }
  return offset;
}

/** The key as findPair and checks.ts compare keys. */
function keyName(value: unknown): string {
  return String(value);
}

/** yaml's addPairToJSMap for a scalar key on a plain object (`__proto__` stays an own key). */
function addToObject(data: Record<string, unknown>, key: unknown, value: unknown): void {
  const name = key === null ? '' : String(key);
  if (name in data) Object.defineProperty(data, name, { value, writable: true, enumerable: true, configurable: true });
  else data[name] = value;
}
