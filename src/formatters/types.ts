import type { LintResult, RuleDefinition } from '../rule-kit/types.js';

export interface FormatterContext {
  cwd: string;
  /** Colour output (only the human formats use it). */
  color: boolean;
  /** Metadata of every known rule, by id. */
  rules: ReadonlyMap<string, RuleDefinition<any>>;
  /** The styles of a coloured report (chalk, loaded by the caller only when colour is on). */
  paint?: Painter;
  /** Warnings left out of the results by --quiet: a summary must not claim there are none. */
  hiddenWarnings?: number;
}

export type Paint = (text: string) => string;

export interface Painter {
  underline: Paint;
  red: Paint;
  yellow: Paint;
  dim: Paint;
  cyan: Paint;
  green: Paint;
  redBold: Paint;
  yellowBold: Paint;
}

/** A formatter is a pure function of the results. */
export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;
