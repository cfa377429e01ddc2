import { analysisSlot } from '../text/memo.js';
import type { RuleDefinition, TextAnalysis } from './types.js';

/** Identity function that gives a rule definition its types. */
export function defineRule<Options extends object>(rule: RuleDefinition<Options>): RuleDefinition<Options> {
  return rule;
}

/**
 * A value derived from a rule's options (word sets, tables), built once per distinct options:
 * rules are created for every file, so building it in create() would redo it per file.
 */
export function perOptions<Options, Value>(build: (options: Options) => Value): (options: Options) => Value {
  const built = new Map<string, Value>();
  // A run hands every file the same options object: known objects skip the JSON key.
  const byObject = new WeakMap<object, Value>();
  return (options) => {
    const known = typeof options === 'object' && options !== null ? byObject.get(options) : undefined;
    if (known !== undefined) return known;
    const key = JSON.stringify(options);
    let value = built.get(key);
    if (value === undefined) {
      value = build(options);
      if (built.size > 100) built.clear();
      built.set(key, value);
    }
    if (typeof options === 'object' && options !== null) byObject.set(options, value);
    return value;
  };
}

/**
 * A rule's verdict on a text, worked out once per analysis and options object. The engine
 * shares one analysis per distinct text and key results repeat across files and quarters,
 * so a judgement that reads only the analysis and the options is computed once per text.
 * The judge must read nothing else (no node fields); the verdict is shared, so callers must
 * not mutate it. Options are compared by identity: a run hands every file the same object.
 *
 *   const verdicts = perAnalysis<Finding | undefined>();
 *   ... const finding = verdicts(analysis, context.options, classify);
 */
export function perAnalysis<Verdict>(): (analysis: TextAnalysis, options: unknown, judge: (analysis: TextAnalysis) => Verdict) => Verdict {
  const verdicts = analysisSlot<TextAnalysis, { options: unknown; verdict: Verdict }>();
  return (analysis, options, judge) => {
    const known = verdicts.get(analysis);
    if (known !== undefined && known.options === options) return known.verdict;
    const verdict = judge(analysis);
    verdicts.set(analysis, { options, verdict });
    return verdict;
  };
}
