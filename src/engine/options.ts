/**
 * Checks each configured rule's options against the JSON Schema its metadata declares,
 * before any file is linted: a bad option is a configuration error (exit 2) that names
 * the rule and the option, never a rule crashing halfway through a run.
 */
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { ConfiguredRule, RuleDefinition } from '../rule-kit/types.js';
import { problemInWords } from '../util/ajv-words.js';
import { FatalError } from './errors.js';

const require = createRequire(import.meta.url);
const compiled = new WeakMap<RuleDefinition<any>, ValidateFunction>();
let ajv: import('ajv').default | undefined;

export function assertValidOptions(rules: readonly ConfiguredRule[]): void {
  for (const rule of rules) {
    const problem = optionsProblem(rule);
    if (problem) throw new FatalError(`Invalid options for rule "${rule.id}": ${problem}. Fix them in your configuration.`);
  }
}

function optionsProblem(rule: ConfiguredRule): string | undefined {
  const schema = rule.rule.meta.schema;
  if (!schema) return undefined;
  // A rule's own defaults are checked by its tests; skipping them keeps ajv (about 100 ms
  // to load and compile) out of runs whose configuration sets no options.
  if (sameJson(rule.options, rule.rule.meta.defaultOptions)) return undefined;
  let validate = compiled.get(rule.rule);
  if (!validate) {
    try {
      validate = compiler().compile(schema);
    } catch (error) {
      return `the rule's own options schema is broken (${(error as Error).message.split('\n')[0]})`;
    }
    compiled.set(rule.rule, validate);
  }
  if (validate(rule.options)) return undefined;
  return (validate.errors ?? []).slice(0, 3).map(describe).join('; ');
}

function sameJson(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b ?? {});
  } catch {
    return false;
  }
}

function compiler(): import('ajv').default {
  if (!ajv) {
    const Ajv = require('ajv') as typeof import('ajv').default;
    ajv = new Ajv({ allErrors: true, strict: false });
  }
  return ajv;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath ? `option "${error.instancePath.slice(1).replace(/\//g, '.')}"` : 'the options';
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return `unknown option "${String(params.additionalProperty)}"`;
  return `${where} ${problemInWords(error)}`;
}
