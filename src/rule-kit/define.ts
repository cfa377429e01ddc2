import type { RuleDefinition } from './types.js';

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
  return (options) => {
    const key = JSON.stringify(options);
    let value = built.get(key);
    if (value === undefined) {
      value = build(options);
      if (built.size > 100) built.clear();
      built.set(key, value);
    }
    return value;
  };
}
