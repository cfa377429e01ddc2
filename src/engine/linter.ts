/**
 * The engine: parse once, check structure, build the model, walk it once and
 * dispatch to every rule's visitors. It knows rules only as configured data.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { buildDocument, isRejectedNode } from '../model/build.js';
import type { OkrDocument, OkrNode } from '../model/types.js';
import type { ConfiguredRule, LintMessage, LintResult, ReportDescriptor, RuleContext, RuleVisitors } from '../rule-kit/types.js';
import { validateStructure } from '../schema/validate.js';
import { analyzeText } from '../text/analysis.js';
import { MAX_ALIAS_COUNT, parseYaml, toPosition, type ParsedDocument, type Position } from '../yaml/parse.js';
import { describeReason, ruleCrashMessage } from './errors.js';
import { assertValidOptions } from './options.js';
import { AnalysisCache } from './analysis-cache.js';
import { DirectiveSet, unusedDirectiveSeverity, type UnusedDirectiveSetting } from './directives.js';
import { Locator } from './locate.js';
import { PositionTable, snapshotPositions, type NodeLocator } from '../cache/positions.js';
import { timed } from '../stats/timer.js';
import { contextOf, documentOf, fileMessage, formatMessage, toResult } from './messages.js';
import { describeNonOkr, looksLikeOkr } from './okr-shape.js';

/** Documents of a run, shared by the linters of one run so a project pass sees every file. */
export interface ProjectStore {
  documents: OkrDocument[];
  /** Position tables, not YAML trees: memory stays small however many files a run has. */
  locators: Map<OkrDocument, NodeLocator>;
  /** Files of different groups (git repositories) are separate projects: ids never meet across them. */
  groupOf?: (filePath: string) => string;
}

export interface LinterOptions {
  /** Every rule id an okrlint-disable comment may name; others are reported. */
  knownRuleIds?: readonly string[];
  reportUnusedDisableDirectives?: UnusedDirectiveSetting;
  /** Shared with the other linters of the run (one linter per distinct configuration). */
  project?: ProjectStore;
  /** The run's working directory, for context.displayPath; unset: paths are shown as given. */
  cwd?: string;
}

interface ActiveRule {
  config: ConfiguredRule;
  visitors: RuleVisitors;
}

export class Linter {
  private readonly projectDocuments: OkrDocument[];
  private readonly locators: Map<OkrDocument, NodeLocator>;
  /** Files this linter linted, and their directives kept for the project pass. */
  private readonly ownFiles = new Set<string>();
  private readonly directiveSets = new Map<string, DirectiveSet>();
  private readonly needsProject: boolean;

  constructor(
    private readonly rules: readonly ConfiguredRule[],
    private readonly options: LinterOptions = {},
  ) {
    this.projectDocuments = options.project?.documents ?? [];
    this.locators = options.project?.locators ?? new Map();
    assertValidOptions(rules);
    this.needsProject = rules.some(hasProjectVisitor);
  }

  private readonly analyses = new AnalysisCache();
  readonly analyze = this.analyses.analyze;

  /**
   * Lets go of the text analyses (and the verdicts memoised on them) once every file is linted:
   * at 10,000 files they are about 60 MB, and the project pass needs memory of its own.
   */
  forgetAnalyses(): void {
    this.analyses.clear();
  }

  private readonly shownPaths = new Map<string, string>();

  /** A path as the report shows it: relative to the run's working directory, with forward slashes. */
  displayPath = (filePath: string): string => {
    const { cwd } = this.options;
    if (!cwd || !isAbsolute(filePath)) return filePath;
    // A project pass names the same few files over and over (path.relative is not cheap).
    let shown = this.shownPaths.get(filePath);
    if (shown === undefined) {
      shown = (relative(cwd, filePath) || filePath).split(sep).join('/');
      this.shownPaths.set(filePath, shown);
    }
    return shown;
  };

  /** Lints the text of one file; the file-level problems and rule findings come back sorted. */
  /**
   * `modelOnly`: a context file (read for the project pass, not reported) needs only its model,
   * so schema checks and per-file rules are skipped.
   */
  lintText(text: string, filePath: string, modelOnly = false): LintResult {
    const messages: LintMessage[] = [];
    const parsed = timed('parse', () => parseYaml(text));
    for (const problem of parsed.problems) {
      const message = positioned(problem.ruleId, problem.severity ?? 2, problem.message, toPosition(parsed.lineCounter, problem.range));
      if (problem.fatal) message.fatal = true;
      messages.push(message);
    }
    const documents = parsed.documents;
    if (documents.length === 0) {
      messages.push(fileMessage('okr/not-okr-file', 'The file holds no YAML document; an OKR file needs period, team and objectives.', 1));
    }
    documents.forEach((document, index) => {
      // Syntax errors, duplicate keys, runaway nesting: the data is not what the author wrote.
      if (!document.lintable) return;
      const locator = new Locator(document);
      this.lintDocument(document, locator, filePath, index, messages, modelOnly);
    });
    return toResult(filePath, this.applyDirectives(parsed.text, filePath, messages));
  }

  /** Inline okrlint-disable comments; kept per file when a project pass follows. */
  private applyDirectives(text: string, filePath: string, messages: LintMessage[]): LintMessage[] {
    this.ownFiles.add(filePath);
    const directives = DirectiveSet.scan(text, { knownRuleIds: this.options.knownRuleIds });
    if (!directives) return messages;
    const kept = [...directives.filter(messages), ...directives.unknownRules()];
    if (this.needsProject) this.directiveSets.set(filePath, directives);
    else {
      const unusedSeverity = unusedDirectiveSeverity(this.options.reportUnusedDisableDirectives);
      if (unusedSeverity) kept.push(...directives.unused(unusedSeverity));
    }
    return kept;
  }

  /** Project findings go through the same directives; a shared store yields only this linter's files. */
  private finishDirectives(byFile: Map<string, LintMessage[]>): Map<string, LintMessage[]> {
    if (this.options.project) for (const file of [...byFile.keys()]) if (!this.ownFiles.has(file)) byFile.delete(file);
    for (const [file, directives] of this.directiveSets) {
      const kept = directives.filter(byFile.get(file) ?? []);
      const unusedSeverity = unusedDirectiveSeverity(this.options.reportUnusedDisableDirectives);
      if (unusedSeverity) kept.push(...directives.unused(unusedSeverity));
      if (kept.length) byFile.set(file, kept);
      else byFile.delete(file);
    }
    return byFile;
  }

  private lintDocument(document: ParsedDocument, locator: Locator, filePath: string, index: number, messages: LintMessage[], modelOnly: boolean): void {
    let data: unknown;
    try {
      data = timed('yaml to data', () => document.toData());
    } catch (error) {
      // The yaml library throws a ReferenceError when aliases expand past the limit (an alias bomb).
      const aliasBomb = error instanceof ReferenceError && /alias/i.test(error.message);
      messages.push(aliasBomb
        ? { ruleId: 'yaml/alias-limit', severity: 2, message: `Aliases in this document expand to too much data (limit ${MAX_ALIAS_COUNT} nodes); okrlint stops rather than expand them. Use fewer or smaller aliases.`, ...locator.path([]), fatal: true }
        : { ruleId: 'yaml/syntax', severity: 2, message: `The YAML could not be turned into data: ${describeReason(error)}.`, ...locator.path([]), fatal: true });
      return;
    }
    if (!looksLikeOkr(data)) {
      messages.push({ ruleId: 'okr/not-okr-file', severity: 2, message: `${describeNonOkr(data)}; an OKR file is a mapping with period, team and objectives.`, ...locator.path([]) });
      return;
    }
    const rejectedPaths = new Set<string>();
    // Context files (modelOnly) are validated too, unreported: the project pass must see the same model either way.
    for (const problem of timed('schema', () => validateStructure(data))) {
      if (!modelOnly) messages.push(positioned('schema', 2, problem.message, locator.path(problem.path, problem.atKey)));
      // A value the schema rejected is not shown to rules; a wrong key name leaves its value alone.
      if (!problem.atKey) rejectedPaths.add(problem.path.join('/'));
    }
    const rejected = rejectedPaths.size === 0 ? undefined : (path: readonly (string | number)[]) => rejectedPaths.has(path.join('/'));
    const model = timed('model', () => buildDocument(data, filePath, index, rejected));
    if (!model) return;
    if (modelOnly) this.keepForProject(model, locator);
    else this.runRules(model, locator, messages, rejected);
  }

  private runRules(model: OkrDocument, locator: Locator, messages: LintMessage[], rejected?: (path: readonly (string | number)[]) => boolean): void {
    // A rule that throws is reported at the node it was visiting and skipped for the rest
    // of this file; every other rule's findings are kept.
    const crashed = new Set<ConfiguredRule>();
    const crash = (config: ConfiguredRule, error: unknown, node: OkrNode) => {
      crashed.add(config);
      messages.push(ruleCrashMessage(config.id, error, safePosition(locator, node)));
    };
    const active: ActiveRule[] = [];
    for (const config of this.rules) {
      try {
        active.push(this.activate(config, model.filePath, messages, locator, rejected));
      } catch (error) {
        crash(config, error, model);
      }
    }
    // Each hook's visitors listed once per file: the walk calls keyResult about a dozen times per file.
    const listeners = new Map<keyof RuleVisitors, [ActiveRule, (n: unknown) => void][]>();
    const call = (hook: keyof RuleVisitors, node: OkrNode) => {
      let list = listeners.get(hook);
      if (!list) {
        list = [];
        for (const rule of active) {
          const visitor = rule.visitors?.[hook] as ((n: unknown) => void) | undefined;
          if (typeof visitor === 'function') list.push([rule, visitor]);
        }
        listeners.set(hook, list);
      }
      for (const [rule, visitor] of list) {
        if (crashed.size > 0 && crashed.has(rule.config)) continue;
        try {
          visitor.call(rule.visitors, node);
        } catch (error) {
          crash(rule.config, error, node);
        }
      }
    };
    call('document', model);
    for (const objective of model.objectives) {
      call('objective', objective);
      for (const keyResult of objective.keyResults) if (!isRejectedNode(keyResult)) call('keyResult', keyResult);
    }
    call('documentExit', model);
    this.keepForProject(model, locator);
  }

  private keepForProject(model: OkrDocument, locator: Locator): void {
    if (this.needsProject || this.options.project) {
      this.projectDocuments.push(model);
      this.locators.set(model, new PositionTable(model, snapshotPositions(model, locator)));
    }
  }

  /** `rejected`: data paths whose value the schema rejected; a finding placed on one is the schema's, already reported. */
  private activate(config: ConfiguredRule, filePath: string, messages: LintMessage[], locator: Locator, rejected?: (path: readonly (string | number)[]) => boolean): ActiveRule {
    const context: RuleContext<Record<string, unknown>> = {
      ruleId: config.id,
      options: config.options,
      filePath,
      analyze: this.analyze,
      displayPath: this.displayPath,
      locate: (node, field) => (this.locatorFor(node) ?? locator).node(node, field),
      report: (descriptor) => {
        if (rejected && descriptor.field !== undefined && rejected([...descriptor.node.path, descriptor.field])) return;
        messages.push(this.toMessage(config, descriptor, locator));
      },
    };
    return { config, visitors: config.rule.create(context) };
  }

  private toMessage(config: ConfiguredRule, descriptor: ReportDescriptor, fallback: NodeLocator | undefined): LintMessage {
    const template = config.rule.meta.messages[descriptor.messageId];
    if (template === undefined) throw new Error(`rule "${config.id}" reported an unknown messageId "${descriptor.messageId}"`);
    const locator = this.locatorFor(descriptor.node) ?? fallback;
    const position = locator ? locator.node(descriptor.node, descriptor.field) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
    // Built field by field, not with spreads: a run makes one per finding (about 14 a file).
    const message: LintMessage = {
      ruleId: config.id,
      severity: config.severity,
      message: formatMessage(template, descriptor.data),
      line: position.line,
      column: position.column,
      endLine: position.endLine,
      endColumn: position.endColumn,
    };
    if (descriptor.suggestion) message.suggestion = formatMessage(descriptor.suggestion, descriptor.data);
    message.context = contextOf(descriptor.node);
    return message;
  }

  private locatorFor(node: OkrNode): NodeLocator | undefined {
    return this.locators.get(documentOf(node));
  }

  /** Claims a file linted elsewhere (a worker thread, the cache): its project findings come from this linter. */
  adoptFile(filePath: string): void {
    this.ownFiles.add(filePath);
  }

  /** Runs the project-level pass; returns findings keyed by file path. */
  finishProject(): Map<string, LintMessage[]> {
    const byFile = new Map<string, LintMessage[]>();
    for (const documents of this.projects()) this.runProjectRules(documents, byFile);
    return this.finishDirectives(byFile);
  }

  /** The run's documents, one list per project (all of them unless the store groups them). */
  private projects(): OkrDocument[][] {
    const groupOf = this.options.project?.groupOf;
    if (!groupOf) return [this.projectDocuments];
    const groups = new Map<string, OkrDocument[]>();
    for (const document of this.projectDocuments) {
      const key = groupOf(document.filePath);
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(document);
    }
    return [...groups.values()];
  }

  private runProjectRules(documents: OkrDocument[], byFile: Map<string, LintMessage[]>): void {
    for (const config of this.rules.filter(hasProjectVisitor)) {
      const messages: LintMessage[] = [];
      const files: string[] = [];
      const context: RuleContext<Record<string, unknown>> = {
        ruleId: config.id,
        options: config.options,
        filePath: '',
        analyze: this.analyze,
        displayPath: this.displayPath,
        locate: (node, field) => this.locatorFor(node)?.node(node, field),
        report: (descriptor) => {
          messages.push(this.toMessage(config, descriptor, undefined));
          files.push(documentOf(descriptor.node).filePath);
        },
      };
      try {
        config.rule.create(context).project?.(documents);
      } catch (error) {
        // No single file is to blame: the crash is reported on the first file of the project.
        const first = documents[0];
        if (first) {
          messages.push(ruleCrashMessage(config.id, error, undefined, 'the project pass across all files'));
          files.push(first.filePath);
        }
      }
      messages.forEach((message, i) => {
        const file = files[i]!;
        (byFile.get(file) ?? byFile.set(file, []).get(file)!).push(message);
      });
    }
  }
}

/** A message at a position, built field by field (no spreads: schema problems come a few per file). */
function positioned(ruleId: string, severity: 1 | 2, message: string, position: Position): LintMessage {
  return { ruleId, severity, message, line: position.line, column: position.column, endLine: position.endLine, endColumn: position.endColumn };
}

/**
 * Asks a rule for its visitors once, with a silent context, to see if it has a project pass.
 * A rule whose create() throws has none here; the crash is reported on each file instead.
 */
export function hasProjectVisitor(rule: ConfiguredRule): boolean {
  try {
    const visitors = rule.rule.create({ ruleId: rule.id, options: rule.options, filePath: '', report: () => undefined, analyze: analyzeText });
    return typeof visitors?.project === 'function';
  } catch {
    return false;
  }
}

/** Where a crashed rule was; locating must not throw a second time. */
function safePosition(locator: Locator, node: OkrNode): ReturnType<Locator['node']> | undefined {
  try {
    return locator.node(node);
  } catch {
    return undefined;
  }
}
