/**
 * Structural validation of one YAML document against the shipped JSON Schema.
 * The validator is ajv standalone code generated at build time (scripts/build-schema.mjs),
 * so a run neither loads ajv nor compiles the schema.
 * Each violation becomes a problem with a data path; unknown keys point at the key itself.
 */
import type { ErrorObject } from 'ajv';
import type { DataPath } from '../model/types.js';
import { closestIds } from '../util/suggest.js';
import { validateOkr as validate } from './okr-validator.generated.js';

export interface SchemaProblem {
  message: string;
  path: DataPath;
  /** True when the position is the key of the last path segment, not its value. */
  atKey: boolean;
}

export function validateStructure(data: unknown): SchemaProblem[] {
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  const useful = errors.some((error) => error.keyword === 'anyOf') ? errors.filter(isUseful) : errors;
  const problems = useful.map(toProblem);
  return problems.length > 1 ? dedupe(problems) : problems;
}

/** anyOf reports each branch and then itself; the summary alone is clearer. */
function isUseful(error: ErrorObject, _index: number, all: ErrorObject[]): boolean {
  const underAnyOf = all.some(
    (other) => other.keyword === 'anyOf' && error.keyword !== 'anyOf' && error.schemaPath.startsWith(other.schemaPath.replace(/\/anyOf$/, '/anyOf/')),
  );
  return !underAnyOf;
}

function dedupe(problems: SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path.join('/')}|${p.atKey}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function parsePointer(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

interface Where {
  path: DataPath;
  /** describePath of the path. */
  name: string;
}

/**
 * Data paths and their names by JSON pointer. Files share their pointers
 * (/objectives/1/key_results/3), so each is parsed and named once; bounded all the same.
 */
const places = new Map<string, Where>();
const MAX_PLACES = 4_096;

function whereOf(pointer: string): Where {
  const known = places.get(pointer);
  if (known) return known;
  const path = Object.freeze(parsePointer(pointer));
  const where = { path, name: describePath(path) };
  if (places.size < MAX_PLACES) places.set(pointer, where);
  return where;
}

/** A readable name for the place a path points at: "objectives[0].key_results[2]". */
export function describePath(path: DataPath): string {
  if (path.length === 0) return 'the document';
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  object: 'a mapping',
  array: 'a list',
  number: 'a number',
  // Keyed by the types sorted, as toProblem looks them up.
  'number,string': 'a number or text',
  'object,string': 'text or a mapping with a title',
};

function toProblem(error: ErrorObject): SchemaProblem {
  const { path, name: where } = whereOf(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperty':
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = allowedKeys(error);
      return {
        path: [...path, key],
        atKey: true,
        message: `Unknown key "${key}" in ${where}${allowed ? `; expected one of: ${allowed}` : ''}.`,
      };
    }
    case 'required':
      return { path, atKey: false, message: `Missing required key "${String(params.missingProperty)}" in ${where}.` };
    case 'type': {
      const expected = [params.type].flat().map(String).sort().join(',');
      return {
        path,
        atKey: false,
        message: `${capitalise(where)} must be ${EXPECTED[expected] ?? expected}, found ${typeOf(error.data)}${quoteHint(path, expected, error.data)}.`,
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const near = typeof error.data === 'string' ? closestIds(error.data.toLowerCase(), allowed, 1) : [];
      return {
        path,
        atKey: false,
        message: `${capitalise(where)} must be one of: ${allowed.join(', ')}${near.length ? `; did you mean ${near[0]}?` : '.'}`,
      };
    }
    case 'minLength':
      return { path, atKey: false, message: `${capitalise(where)} must not be empty.` };
    case 'pattern':
      return { path, atKey: false, message: `${capitalise(where)} ${PATTERN_MESSAGES[String(path[path.length - 1])] ?? `must match ${String(params.pattern)}`}, found ${JSON.stringify(error.data)}.` };
    case 'anyOf':
      return { path, atKey: false, message: `${capitalise(where)} must be an objective id or a list of ids.` };
    default:
      return { path, atKey: false, message: `${capitalise(where)} ${error.message ?? 'is invalid'}.` };
  }
}

/** What a key's pattern means, by key name. */
const PATTERN_MESSAGES: Record<string, string> = {
  due: 'must be a date written YYYY-MM-DD',
  period: 'must be a quarter (2027-Q1), a half year (2027-H2), a year (2027) or a month (2027-03)',
};

/** A number or boolean where text is wanted: YAML read it as a value; quoting keeps it as written. */
function quoteHint(path: DataPath, expected: string, data: unknown): string {
  const key = path[path.length - 1];
  if (expected !== 'string' || typeof key !== 'string' || (typeof data !== 'number' && typeof data !== 'boolean')) return '';
  return `; write it as text: ${key}: "${String(data)}"`;
}

/** The allowed keys of each schema object, listed once. */
const allowedBySchema = new WeakMap<object, string | undefined>();

function allowedKeys(error: ErrorObject): string | undefined {
  const schema = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  if (!schema) return undefined;
  if (allowedBySchema.has(schema)) return allowedBySchema.get(schema);
  const allowed = schema.properties ? Object.keys(schema.properties).join(', ') : undefined;
  allowedBySchema.set(schema, allowed);
  return allowed;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
