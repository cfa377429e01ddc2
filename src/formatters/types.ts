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

/** Counts over a whole report, known before its first file is formatted (headers need them). */
export interface Totals {
  files: number;
  filesWithProblems: number;
  filesWithErrors: number;
  errors: number;
  warnings: number;
  /** Every message of every file. */
  messages: number;
}

/**
 * Results to format: iterable more than once (a header may need a first pass), in report order,
 * with their totals. A large run hands its results over one file at a time instead of as one array.
 */
export interface ReportSource extends Iterable<LintResult> {
  readonly totals: Totals;
}

/** A formatter is a pure function of the results. */
export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;

/** The same report as a sequence of text pieces (about one per file), written as they come. */
export type ReportWriter = (results: ReportSource, context: FormatterContext) => Iterable<string>;
