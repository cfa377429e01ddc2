/**
 * Checks a configuration: its shape against schema/okrlintrc.schema.json (ajv), then every
 * rule setting against the known rules and each rule's own options schema.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { RuleDefinition } from '../rule-kit/types.js';
import { packageRoot } from '../util/package.js';
import { problemInWords, typeInWords } from '../util/ajv-words.js';
import { closestIds } from '../util/suggest.js';
import { configError } from './errors.js';
import type { RulesConfig, RuleSetting } from './rules.js';
import type { ConfigPath, ConfigSource } from './types.js';

export const CONFIG_SCHEMA_FILE = 'schema/okrlintrc.schema.json';
const SEVERITIES = '"off", "warn" or "error" (or 0, 1, 2)';
const EXPECTED: Record<string, string> = {
  extends: 'a config name or a list of them',
  files: 'a glob or a non-empty list of globs',
  excludedFiles: 'a glob or a list of globs',
  reportUnusedDisableDirectives: 'true, false, "off", "warn" or "error"',
};

const require = createRequire(import.meta.url);
type AjvInstance = import('ajv').default;
let ajv: AjvInstance | undefined;
let shapeValidator: ValidateFunction | undefined;
const optionValidators = new WeakMap<object, ValidateFunction>();

function getAjv(): AjvInstance {
  if (!ajv) {
    const Ajv = require('ajv') as typeof import('ajv').default;
    ajv = new Ajv({ allErrors: false, strict: false, verbose: true });
  }
  return ajv;
}

function pointerToPath(pointer: string, data: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  let current = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment = Array.isArray(current) ? Number(key) : key;
    path.push(segment);
    current = (current as Record<string | number, unknown> | undefined)?.[segment];
  }
  return path;
}

function valueAt(data: unknown, path: ConfigPath): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], data);
}

/** The position of a rule setting in the data: [..., 'rules', id]. */
function ruleSettingPath(path: ConfigPath): ConfigPath | undefined {
  const at = path.lastIndexOf('rules');
  return at >= 0 && path.length > at + 1 ? path.slice(0, at + 2) : undefined;
}

export function validateShape(data: unknown, source: ConfigSource, prefix: ConfigPath = []): void {
  shapeValidator ??= getAjv().compile(require(join(packageRoot(), CONFIG_SCHEMA_FILE)));
  if (shapeValidator(data)) return;
  const error = shapeValidator.errors![0]!;
  const path = pointerToPath(error.instancePath, data);
  const setting = ruleSettingPath(path);
  if (setting) {
    const value = valueAt(data, setting);
    throw configError(source, [...prefix, ...setting], `expected a severity ${SEVERITIES} or [severity, {options}], got ${JSON.stringify(value)}.`);
  }
  const what = describeShapeError(error, path, data); // may extend the path to an unknown key
  throw configError(source, [...prefix, ...path], what, error.keyword === 'additionalProperties');
}

function describeShapeError(error: ErrorObject, path: ConfigPath, data: unknown): string {
  const got = JSON.stringify(valueAt(data, path));
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    const schema = error.parentSchema as { properties?: Record<string, unknown> };
    const allowed = Object.keys(schema.properties ?? {}).filter((k) => k !== '$schema');
    const near = closestIds(key, allowed, 1);
    (path as (string | number)[]).push(key);
    return `unknown key "${key}"${near.length ? ` (did you mean "${near[0]}"?)` : ''}; expected one of ${allowed.join(', ')}.`;
  }
  const last = path[path.length - 1];
  const field = typeof last === 'string' ? last : undefined;
  if (error.keyword === 'required') return `missing "${(error.params as { missingProperty: string }).missingProperty}", which is required.`;
  if (field && EXPECTED[field] && (error.keyword === 'anyOf' || error.keyword === 'type' || error.keyword === 'enum')) return `expected ${EXPECTED[field]}, got ${got}.`;
  if (error.keyword === 'type') return `expected ${typeInWords(error)}, got ${got}.`;
  return `${error.message ?? 'is invalid'}, got ${got}.`;
}

function optionsValidator(rule: RuleDefinition<any>): ValidateFunction | undefined {
  const schema = rule.meta.schema;
  if (!schema) return undefined;
  let validate = optionValidators.get(rule);
  if (!validate) {
    validate = getAjv().compile(schema);
    optionValidators.set(rule, validate);
  }
  return validate;
}

function unknownRuleMessage(id: string, registry: ReadonlyMap<string, RuleDefinition<any>>): string {
  const slash = id.lastIndexOf('/');
  const ids = [...registry.keys()];
  if (slash > 0 && !ids.some((known) => known.startsWith(id.slice(0, slash + 1)))) {
    return `unknown rule "${id}": no plugin "${id.slice(0, slash)}" is loaded; add it to "plugins".`;
  }
  const near = closestIds(id, ids);
  const hint = near.length ? ` Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '';
  return `unknown rule "${id}".${hint} Run "okrlint rules" for the list.`;
}

/** Checks each rule setting: the rule exists and its options fit the rule's schema. */
export function validateRules(
  rules: RulesConfig,
  source: ConfigSource,
  path: ConfigPath,
  registry: ReadonlyMap<string, RuleDefinition<any>>,
): void {
  for (const [id, setting] of Object.entries(rules)) {
    const rule = registry.get(id);
    if (!rule) throw configError(source, [...path, id], unknownRuleMessage(id, registry), true);
    validateSetting(id, setting, rule, source, [...path, id]);
  }
}

function validateSetting(id: string, setting: RuleSetting, rule: RuleDefinition<any>, source: ConfigSource, path: ConfigPath): void {
  if (!Array.isArray(setting) || setting[1] === undefined) return;
  const validate = optionsValidator(rule);
  if (!validate) {
    const problem = rule.meta.validateOptions?.({ ...(rule.meta.defaultOptions as object), ...setting[1] });
    if (problem) throw configError(source, [...path, 1], `options of rule "${id}": ${problem}`);
    return;
  }
  const options = { ...(rule.meta.defaultOptions as object), ...setting[1] };
  if (validate(options)) {
    const problem = rule.meta.validateOptions?.(options);
    if (problem) throw configError(source, [...path, 1], `options of rule "${id}": ${problem}`);
    return;
  }
  const error = validate.errors![0]!;
  const optionPath = pointerToPath(error.instancePath, options);
  let what: string;
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
    optionPath.push(key);
    what = `unknown option "${key}" for rule "${id}"; its options are ${known.join(', ') || '(none)'}.`;
  } else {
    const got = JSON.stringify(valueAt(options, optionPath));
    what = `option ${optionPath.length ? `"${optionPath.join('.')}" ` : ''}of rule "${id}" ${problemInWords(error)}, got ${got}.`;
  }
  throw configError(source, [...path, 1, ...optionPath], what, error.keyword === 'additionalProperties');
}
