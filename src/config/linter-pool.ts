/**
 * One Linter per distinct resolved rule set, reused across files: files matched by the same
 * overrides share a linter (and its text-analysis cache). All linters of a run share one
 * project store, so project rules see every file.
 */
import { ENGINE_RULE_IDS, unusedDirectiveSeverity, type UnusedDirectiveSetting } from '../engine/directives.js';
import { Linter, type ProjectStore } from '../engine/linter.js';
import { toResult } from '../engine/messages.js';
import type { LintResult } from '../rule-kit/types.js';
import { PositionTable, snapshotPositions, type ProjectData } from '../cache/positions.js';
import { packDocument, unpackDocument } from '../model/project.js';
import { activeStats } from '../stats/timer.js';
import { timeRules } from '../stats/rules.js';
import type { ResolvedConfig } from './resolved.js';

/**
 * `true` (the bare --report-unused-disable-directives flag) means "at least warn": it must
 * never weaken a configured "error". A named level (--report-unused-disable-directives-severity,
 * or the API) replaces the configuration's setting.
 */
export function effectiveUnusedSetting(requested: UnusedDirectiveSetting | undefined, configured: UnusedDirectiveSetting): UnusedDirectiveSetting {
  if (requested === undefined) return configured;
  if (requested === true) return unusedDirectiveSeverity(configured) === 2 ? 'error' : 'warn';
  return requested;
}

export class LinterPool {
  private readonly linters = new Map<string, Linter>();
  private readonly project: ProjectStore;
  private readonly knownRuleIds: string[];
  private readonly reportUnused: UnusedDirectiveSetting;

  constructor(
    private readonly config: ResolvedConfig,
    reportUnusedDisableDirectives?: UnusedDirectiveSetting,
    /** The run's working directory: rules show other files' paths relative to it. */
    private readonly cwd?: string,
    /** Separate projects for the cross-file pass (see ProjectStore.groupOf). */
    groupOf?: (filePath: string) => string,
  ) {
    this.project = { documents: [], locators: new Map(), groupOf };
    this.knownRuleIds = [...config.registry.keys(), ...ENGINE_RULE_IDS];
    this.reportUnused = effectiveUnusedSetting(reportUnusedDisableDirectives, config.reportUnusedDisableDirectives);
  }

  /** How many distinct linters were built (for tests and diagnostics). */
  get size(): number {
    return this.linters.size;
  }

  linterFor(filePath: string): Linter {
    const { key, configured } = this.config.rulesFor(filePath);
    let linter = this.linters.get(key);
    if (!linter) {
      const stats = activeStats();
      linter = new Linter(stats ? timeRules(configured, stats) : configured, { knownRuleIds: this.knownRuleIds, reportUnusedDisableDirectives: this.reportUnused, project: this.project, cwd: this.cwd });
      this.linters.set(key, linter);
    }
    return linter;
  }

  /** Removes the project-pass input recorded so far (the file just linted), for the cache and workers. */
  takeProjectData(): ProjectData[] {
    const taken = this.project.documents.map((document) => {
      const locator = this.project.locators.get(document)!;
      return { document: packDocument(document), positions: locator instanceof PositionTable ? locator.table : snapshotPositions(document, locator) };
    });
    this.project.documents.length = 0;
    this.project.locators.clear();
    return taken;
  }

  /**
   * Puts a file's project-pass input back, in file order. `elsewhere`: the file was linted by a
   * worker thread or came from the cache, so the linter of its configuration claims it.
   */
  addProjectData(filePath: string, data: readonly ProjectData[], elsewhere: boolean): void {
    if (elsewhere) this.linterFor(filePath).adoptFile(filePath);
    for (const { document: packed, positions } of data) {
      const document = unpackDocument(packed);
      this.project.documents.push(document);
      this.project.locators.set(document, new PositionTable(document, positions));
    }
  }

  /** Every file is linted: the file pass's caches can go before the project pass (see Linter.forgetAnalyses). */
  forgetAnalyses(): void {
    for (const linter of this.linters.values()) linter.forgetAnalyses();
  }

  /** Adds each linter's project findings (and late directive results) to the file results. */
  finish(results: LintResult[]): LintResult[] {
    const extra = new Map<string, LintResult['messages']>();
    for (const linter of this.linters.values()) {
      for (const [file, messages] of linter.finishProject()) extra.set(file, [...(extra.get(file) ?? []), ...messages]);
    }
    if (extra.size === 0) return results;
    return results.map((result) => {
      const more = extra.get(result.filePath);
      return more ? toResult(result.filePath, [...result.messages, ...more]) : result;
    });
  }
}
