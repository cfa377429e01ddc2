/** Types shared by the engine, the built-in rules and plugin rules. */
import type { KeyResult, Objective, OkrDocument, OkrNode } from '../model/types.js';
import type { TextAnalysis } from '../text/analysis.js';

export type { KeyResult, Objective, OkrDocument, OkrNode, TextAnalysis };

export type SeverityName = 'off' | 'warn' | 'error';
/** ESLint's numbering: 1 is a warning, 2 an error. */
export type SeverityLevel = 1 | 2;

/**
 * A documented example, executed by the meta-test. `kr` lints one key result in an
 * objective of its own; `objective` lints an objective title; `yaml` a whole file.
 */
export interface RuleExample {
  kr?: string | Record<string, unknown>;
  objective?: string;
  krs?: (string | Record<string, unknown>)[];
  yaml?: string;
  options?: Record<string, unknown>;
  /** Why this example is (not) flagged; shown by `okrlint explain`. */
  note?: string;
}

export interface RuleDocs {
  description: string;
  rationale: string;
  /** In the recommended preset (and so in strict and all). */
  recommended: boolean;
  /** In the strict preset; recommended rules are in it anyway. */
  strict?: boolean;
  examples: { valid: RuleExample[]; invalid: RuleExample[] };
}

export interface RuleMeta<Options> {
  type: 'problem' | 'suggestion';
  docs: RuleDocs;
  defaultSeverity: 'warn' | 'error';
  /** Message templates; `{{name}}` is filled from the report's data. */
  messages: Record<string, string>;
  /** JSON Schema of the options object. */
  schema?: Record<string, unknown>;
  defaultOptions: Options;
  /**
   * A check across options that JSON Schema cannot express (e.g. min <= max), run on the
   * merged options when the configuration is read: a sentence saying what is wrong, or undefined.
   */
  validateOptions?(options: Options): string | undefined;
}

export interface ReportDescriptor {
  node: OkrNode;
  messageId: string;
  data?: Record<string, string | number>;
  /** A concrete rewrite hint. */
  suggestion?: string;
  /** Place the finding at this field of a mapping node instead of its text. A finding at a field whose value the schema rejected is dropped: the schema reported it. */
  field?: string;
}

export interface RuleContext<Options> {
  readonly ruleId: string;
  readonly options: Options;
  readonly filePath: string;
  report(descriptor: ReportDescriptor): void;
  /** Language analysis of a text, computed once per text and cached. */
  analyze(text: string): TextAnalysis;
  /** Line and column (1-based) of a node or one of its fields, so a message can point at a related place. */
  locate?(node: OkrNode, field?: string): { line: number; column: number } | undefined;
  /** A file path as messages should show it: relative to the run's working directory. */
  displayPath?(filePath: string): string;
}

/**
 * What a visitor sees is what the schema accepted: a field whose value the schema rejected
 * (`due: tomorrow`, `target: null`) is absent from the node, and a key result rejected as a whole
 * (`- 99`) is not visited, though it still counts in its objective's keyResults. So each wrong
 * value is reported once, by `schema`.
 */
export interface RuleVisitors {
  document?(document: OkrDocument): void;
  objective?(objective: Objective): void;
  keyResult?(keyResult: KeyResult): void;
  documentExit?(document: OkrDocument): void;
  /**
   * Runs once after every file is linted, with every document of the run. In a run over
   * files the documents are kept packed until then (src/model/project.ts): an objective's
   * keyResults are built again (every field, the same positions) when first read, through the
   * property, so they are not among Object.keys.
   */
  project?(documents: readonly OkrDocument[]): void;
}

export interface RuleDefinition<Options = Record<string, unknown>> {
  name: string;
  meta: RuleMeta<Options>;
  create(context: RuleContext<Options>): RuleVisitors;
}

/** A rule as the engine runs it: resolved id, severity and options. */
export interface ConfiguredRule {
  id: string;
  rule: RuleDefinition<any>;
  severity: SeverityLevel;
  options: Record<string, unknown>;
}

export interface LintMessage {
  ruleId: string | null;
  severity: SeverityLevel;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestion?: string;
  /** The problem stops the file from being linted further (e.g. a YAML syntax error). */
  fatal?: boolean;
  /** okrlint could not finish this check (a rule threw, the file could not be read): exit 2. */
  incomplete?: boolean;
  /** Where in the OKRs a rule finding sits, for reports that group by team and objective. */
  context?: MessageContext;
}

export interface MessageContext {
  team?: string;
  objective?: string;
  /** The key result's own text, when the finding is about one key result. */
  keyResult?: string;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
}
