/**
 * The results of a run, kept until the project pass has run and the reports are written.
 * Project findings are known only at the end, so every file's result waits; a large run must
 * not hold them all as objects (about 1 kB of heap per finding). Past a budget of findings the
 * results complete in file order are packed (JSON lines, deflated: see PackedLines), and so are
 * the project pass's findings of such a run. Reading them back inflates a block at a time.
 * Small runs (most repositories) never pack anything and pay nothing for it.
 */
import { toResult } from '../engine/messages.js';
import type { LintMessage, LintResult } from '../rule-kit/types.js';
import type { ReportSource, Totals } from '../formatters/types.js';
import { timed } from '../stats/timer.js';
import { PackedLines } from './packed-lines.js';

/** Findings held as objects before the complete prefix is packed: about 15 MB of heap (a run of 1,000 files packs nothing). */
const HELD_MESSAGES_BUDGET = 16_000;

/** What the spool counts of a result that comes as JSON (from a worker thread). */
export interface ResultCounts {
  messages: number;
  errors: number;
  /** Some check on the file could not finish. */
  incomplete: boolean;
}

export function countsOf(result: LintResult): ResultCounts {
  return { messages: result.messages.length, errors: result.errorCount, incomplete: result.messages.some((m) => m.incomplete) };
}

export interface IncompleteFinding {
  filePath: string;
  message: LintMessage;
}

const HAS_PROBLEMS = 1;
const HAS_ERRORS = 2;
const HAS_INCOMPLETE = 4;

export class ResultSpool implements ReportSource {
  /** Results not packed yet: objects, or JSON as a worker thread sent it. */
  private readonly held: (LintResult | string | undefined)[];
  private heldMessages = 0;
  /** Findings of each held result, for the budget. */
  private readonly heldCounts: Uint32Array;
  /** Results of files 0, 1, 2, ... once packed: line n is file n. */
  private readonly packed = new PackedLines();
  /** The project pass's findings by file index: held, or packed with each file's line number (-1: none). */
  private projectHeld = new Map<number, LintMessage[]>();
  private projectPacked?: { lines: PackedLines; lineOf: Int32Array };
  /** Per reported file: HAS_PROBLEMS, HAS_ERRORS, HAS_INCOMPLETE. */
  private readonly flags: Uint8Array;
  private readonly counts: Totals = { files: 0, filesWithProblems: 0, filesWithErrors: 0, errors: 0, warnings: 0, messages: 0 };
  private readonly reported: number;

  /**
   * `filePaths`: the files reported, in order; results of files past them (context for the
   * project pass) are dropped. `heldMessagesBudget`: findings held as objects before packing.
   */
  constructor(
    readonly filePaths: readonly string[],
    private readonly heldMessagesBudget = HELD_MESSAGES_BUDGET,
  ) {
    this.reported = filePaths.length;
    this.held = new Array(this.reported);
    this.flags = new Uint8Array(this.reported);
    this.heldCounts = new Uint32Array(this.reported);
  }

  get totals(): Totals {
    return this.counts;
  }

  /** A file's result before the project pass, in any order: an object, or its JSON with its counts. */
  put(index: number, result: LintResult | string, counts: ResultCounts = countsOf(result as LintResult)): void {
    if (index >= this.reported) return;
    this.held[index] = result;
    this.heldCounts[index] = counts.messages;
    this.heldMessages += counts.messages;
    this.counts.files++;
    this.addToFile(index, counts);
    if (this.heldMessages > this.heldMessagesBudget) this.pack();
  }

  /** Every result is in: a run that packs packs the rest now, before the project pass needs the memory. */
  settle(): void {
    if (this.packed.length > 0) this.pack();
  }

  /** Adds the project pass's findings, by file; the results are final from here on. */
  addProjectFindings(byFile: ReadonlyMap<string, LintMessage[]>): void {
    if (byFile.size === 0) return;
    const byIndex = new Map<number, LintMessage[]>();
    let messages = 0;
    this.filePaths.forEach((path, index) => {
      const found = byFile.get(path);
      if (!found) return;
      byIndex.set(index, found);
      messages += found.length;
      this.addToFile(index, { messages: found.length, errors: found.filter((m) => m.severity === 2).length, incomplete: found.some((m) => m.incomplete) });
    });
    if (this.packed.length === 0 && messages <= this.heldMessagesBudget) {
      this.projectHeld = byIndex;
      return;
    }
    this.projectPacked = timed('results packing', () => {
      const lines = new PackedLines();
      const lineOf = new Int32Array(this.reported).fill(-1);
      for (const [index, found] of [...byIndex].sort((a, b) => a[0] - b[0])) lineOf[index] = lines.push(JSON.stringify(found));
      lines.seal();
      return { lines, lineOf };
    });
  }

  /** Findings okrlint could not finish (exit 2), in report order. */
  incompleteFindings(): IncompleteFinding[] {
    const found: IncompleteFinding[] = [];
    const read = this.readers();
    this.flags.forEach((flags, index) => {
      if (!(flags & HAS_INCOMPLETE)) return;
      const { filePath, messages } = read(index);
      for (const message of messages) if (message.incomplete) found.push({ filePath, message });
    });
    return found;
  }

  *[Symbol.iterator](): Iterator<LintResult> {
    const read = this.readers();
    for (let index = 0; index < this.reported; index++) yield read(index);
  }

  /** Reads final results (project findings merged) by file index; fastest in ascending order. */
  private readers(): (index: number) => LintResult {
    const packedResult = this.packed.length > 0 ? this.packed.reader() : undefined;
    const packedProject = this.projectPacked?.lines.reader();
    const lineOf = this.projectPacked?.lineOf;
    return (index) => {
      const held = this.held[index] ?? (index < this.packed.length ? packedResult!(index) : missing(this.filePaths[index]!));
      const result = typeof held === 'string' ? (JSON.parse(held) as LintResult) : held;
      const line = lineOf?.[index] ?? -1;
      const extra = line >= 0 ? (JSON.parse(packedProject!(line)) as LintMessage[]) : this.projectHeld.get(index);
      return extra ? toResult(result.filePath, [...result.messages, ...extra]) : result;
    };
  }

  private addToFile(index: number, { messages, errors, incomplete }: ResultCounts): void {
    const before = this.flags[index]!;
    let flags = before;
    if (messages > 0) flags |= HAS_PROBLEMS;
    if (errors > 0) flags |= HAS_ERRORS;
    if (incomplete) flags |= HAS_INCOMPLETE;
    this.flags[index] = flags;
    if (flags & ~before & HAS_PROBLEMS) this.counts.filesWithProblems++;
    if (flags & ~before & HAS_ERRORS) this.counts.filesWithErrors++;
    this.counts.messages += messages;
    this.counts.errors += errors;
    this.counts.warnings += messages - errors;
  }

  /** Packs the results complete in file order past the packed ones, and lets go of their objects. */
  private pack(): void {
    timed('results packing', () => this.packComplete());
  }

  private packComplete(): void {
    for (let index = this.packed.length; index < this.reported && this.held[index] !== undefined; index++) {
      const result = this.held[index]!;
      // JSON escapes line breaks inside strings: one result per line.
      const json = typeof result === 'string' ? result : JSON.stringify(result);
      this.packed.push(json);
      this.heldMessages -= this.heldCounts[index]!;
      this.held[index] = undefined;
    }
    this.packed.seal();
  }
}

function missing(filePath: string): never {
  throw new Error(`okrlint: no result for ${filePath}`);
}
