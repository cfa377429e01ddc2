/**
 * The results of a run, kept until the project pass has run and the reports are written.
 * Project findings are known only at the end, so every file's result waits; a large run must
 * not hold them all as objects (about 1 kB of heap per finding). Past a budget of findings the
 * results that are complete in file order are packed: JSON lines, deflated in blocks of about
 * 256 kB (about 1 byte per 7 of JSON). Reading them back inflates one block at a time.
 * Small runs (most repositories) never pack anything and pay nothing for it.
 */
import { createRequire } from 'node:module';
import { toResult } from '../engine/messages.js';
import type { LintMessage, LintResult } from '../rule-kit/types.js';
import type { ReportSource, Totals } from '../formatters/types.js';

/** Findings held as objects before the complete prefix is packed: about 15 MB of heap. */
// zlib loads (about 2.5 ms) only when a run is large enough to pack anything.
const require = createRequire(import.meta.url);
let zlibModule: typeof import('node:zlib') | undefined;
const zlib = () => (zlibModule ??= require('node:zlib') as typeof import('node:zlib'));

const HELD_MESSAGES_BUDGET = 16_000;
const BLOCK_CHARS = 256 * 1024;

export interface IncompleteFinding {
  filePath: string;
  message: LintMessage;
}

interface Block {
  /** The first file of the block; its files run to the next block's first. */
  first: number;
  data: Buffer;
}

const HAS_PROBLEMS = 1;
const HAS_ERRORS = 2;
const HAS_INCOMPLETE = 4;

export class ResultSpool implements ReportSource {
  private readonly held: (LintResult | undefined)[];
  private heldMessages = 0;
  /** Files before this index are packed in `blocks`. */
  private packed = 0;
  private readonly blocks: Block[] = [];
  /** Per reported file: HAS_PROBLEMS, HAS_ERRORS, HAS_INCOMPLETE. */
  private readonly flags: Uint8Array;
  private readonly counts: Totals = { files: 0, filesWithProblems: 0, filesWithErrors: 0, errors: 0, warnings: 0, messages: 0 };
  private projectFindings = new Map<string, LintMessage[]>();

  private readonly reported: number;

  /** The files reported, in order; results of files past them (context for the project pass) are dropped. */
  constructor(readonly filePaths: readonly string[]) {
    this.reported = filePaths.length;
    this.held = new Array(this.reported);
    this.flags = new Uint8Array(this.reported);
  }

  get totals(): Totals {
    return this.counts;
  }

  /** A file's result before the project pass, in any order. */
  put(index: number, result: LintResult): void {
    if (index >= this.reported) return;
    this.held[index] = result;
    this.heldMessages += result.messages.length;
    this.counts.files++;
    this.addToFile(index, result.messages, result.errorCount);
    if (this.heldMessages > HELD_MESSAGES_BUDGET) this.pack();
  }

  /** Adds the project pass's findings, by file; the results are final from here on. */
  addProjectFindings(byFile: ReadonlyMap<string, LintMessage[]>): void {
    this.projectFindings = new Map(byFile);
    if (byFile.size === 0) return;
    const indexOf = new Map(this.filePaths.map((path, index) => [path, index]));
    for (const [filePath, messages] of byFile) {
      const index = indexOf.get(filePath);
      if (index !== undefined) this.addToFile(index, messages, messages.filter((m) => m.severity === 2).length);
    }
  }

  /** Findings okrlint could not finish (exit 2), in report order. */
  incompleteFindings(): IncompleteFinding[] {
    const found: IncompleteFinding[] = [];
    this.flags.forEach((flags, index) => {
      if (!(flags & HAS_INCOMPLETE)) return;
      const result = this.finalResult(this.held[index] ?? this.unpack(index));
      for (const message of result.messages) if (message.incomplete) found.push({ filePath: result.filePath, message });
    });
    return found;
  }

  *[Symbol.iterator](): Iterator<LintResult> {
    let lines: string[] = [];
    let block = -1;
    for (let index = 0; index < this.reported; index++) {
      let result = this.held[index];
      if (result === undefined && index < this.packed) {
        while (block + 1 < this.blocks.length && this.blocks[block + 1]!.first <= index) {
          block++;
          lines = inflateLines(this.blocks[block]!);
        }
        result = JSON.parse(lines[index - this.blocks[block]!.first]!) as LintResult;
      }
      yield this.finalResult(result ?? missing(this.filePaths[index]!));
    }
  }

  private finalResult(result: LintResult): LintResult {
    const extra = this.projectFindings.get(result.filePath);
    return extra ? toResult(result.filePath, [...result.messages, ...extra]) : result;
  }

  private addToFile(index: number, messages: readonly LintMessage[], errors: number): void {
    const before = this.flags[index]!;
    let flags = before;
    if (messages.length > 0) flags |= HAS_PROBLEMS;
    if (errors > 0) flags |= HAS_ERRORS;
    if (messages.some((m) => m.incomplete)) flags |= HAS_INCOMPLETE;
    this.flags[index] = flags;
    if (flags & ~before & HAS_PROBLEMS) this.counts.filesWithProblems++;
    if (flags & ~before & HAS_ERRORS) this.counts.filesWithErrors++;
    this.counts.messages += messages.length;
    this.counts.errors += errors;
    this.counts.warnings += messages.length - errors;
  }

  /** Packs the results complete in file order from `packed` on, and lets go of their objects. */
  private pack(): void {
    let first = this.packed;
    let lines: string[] = [];
    let chars = 0;
    const close = () => {
      if (lines.length === 0) return;
      this.blocks.push({ first, data: zlib().deflateRawSync(Buffer.from(lines.join('\n')), { level: 1 }) });
      first = this.packed;
      lines = [];
      chars = 0;
    };
    while (this.packed < this.reported && this.held[this.packed] !== undefined) {
      const result = this.held[this.packed]!;
      // JSON escapes line breaks inside strings: one result per line.
      const line = JSON.stringify(result);
      lines.push(line);
      chars += line.length;
      this.heldMessages -= result.messages.length;
      this.held[this.packed++] = undefined;
      if (chars >= BLOCK_CHARS) close();
    }
    close();
  }

  /** One packed result (the rare files whose checks could not finish). */
  private unpack(index: number): LintResult {
    let at = 0;
    while (at + 1 < this.blocks.length && this.blocks[at + 1]!.first <= index) at++;
    const block = this.blocks[at]!;
    return JSON.parse(inflateLines(block)[index - block.first]!) as LintResult;
  }
}

function inflateLines(block: Block): string[] {
  return zlib().inflateRawSync(block.data).toString().split('\n');
}

function missing(filePath: string): never {
  throw new Error(`okrlint: no result for ${filePath}`);
}
