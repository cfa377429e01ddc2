import type { LintResult, RuleDefinition } from '../rule-kit/types.js';

export interface FormatterContext {
  cwd: string;
  /** Colour output (only the human formats use it). */
  color: boolean;
  /** Metadata of every known rule, by id. */
  rules: ReadonlyMap<string, RuleDefinition<any>>;
}

/** A formatter is a pure function of the results. */
export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;
