/**
 * Structural validation of one YAML document against the shipped JSON Schema.
 * The validator is ajv standalone code generated at build time (scripts/build-schema.mjs),
 * so a run neither loads ajv nor compiles the schema.
 * Each violation becomes a problem with a data path; unknown keys point at the key itself.
 */
import type { ErrorObject } from 'ajv';
import type { DataPath } from '../model/types.js';
import { validateOkr as validate } from './okr-validator.generated.js';

export interface SchemaProblem {
  message: string;
  path: DataPath;
  /** True when the position is the key of the last path segment, not its value. */
  atKey: boolean;
}

export function validateStructure(data: unknown): SchemaProblem[] {
  if (validate(data)) return [];
  return dedupe((validate.errors ?? []).filter(isUseful).map(toProblem));
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
  'number,string': 'a number or text',
  'string,object': 'text or a mapping with a title',
};

function toProblem(error: ErrorObject): SchemaProblem {
  const path = parsePointer(error.instancePath);
  const where = describePath(path);
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
        message: `${capitalise(where)} must be ${EXPECTED[expected] ?? expected}, found ${typeOf(error.data)}.`,
      };
    }
    case 'enum':
      return {
        path,
        atKey: false,
        message: `${capitalise(where)} must be one of: ${(params.allowedValues as unknown[]).join(', ')}.`,
      };
    case 'minLength':
      return { path, atKey: false, message: `${capitalise(where)} must not be empty.` };
    case 'pattern':
      return { path, atKey: false, message: `${capitalise(where)} must be a date written YYYY-MM-DD.` };
    case 'anyOf':
      return { path, atKey: false, message: `${capitalise(where)} must be an objective id or a list of ids.` };
    default:
      return { path, atKey: false, message: `${capitalise(where)} ${error.message ?? 'is invalid'}.` };
  }
}

function allowedKeys(error: ErrorObject): string | undefined {
  const schema = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  return schema?.properties ? Object.keys(schema.properties).join(', ') : undefined;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
