/**
 * Lines of text kept deflated in blocks of about 256 kB (JSON of lint results packs to about
 * a seventh), read back a block at a time. Lines must not contain a line break (JSON never does).
 */
import { createRequire } from 'node:module';

// zlib loads (about 2.5 ms) only when a run is large enough to pack anything.
const require = createRequire(import.meta.url);
let zlibModule: typeof import('node:zlib') | undefined;
const zlib = () => (zlibModule ??= require('node:zlib') as typeof import('node:zlib'));

const BLOCK_CHARS = 256 * 1024;

interface Block {
  /** The number of the block's first line. */
  first: number;
  data: Buffer;
}

export class PackedLines {
  private readonly blocks: Block[] = [];
  private pending: string[] = [];
  private pendingChars = 0;
  private count = 0;

  get length(): number {
    return this.count;
  }

  /** Adds a line; returns its number. */
  push(line: string): number {
    this.pending.push(line);
    this.pendingChars += line.length;
    const number = this.count++;
    if (this.pendingChars >= BLOCK_CHARS) this.seal();
    return number;
  }

  /** Packs the lines pushed so far (each block is deflated once, when sealed). */
  seal(): void {
    if (this.pending.length === 0) return;
    const first = this.count - this.pending.length;
    this.blocks.push({ first, data: zlib().deflateRawSync(Buffer.from(this.pending.join('\n')), { level: 1 }) });
    this.pending = [];
    this.pendingChars = 0;
  }

  /**
   * Reads lines by number; fastest in ascending order (one block inflated at a time). A block
   * stays bytes and each line is decoded when asked for: a block's lines split into strings at
   * once would outlive a few young-generation collections and be promoted, so reading a large
   * report would grow the old generation by the whole report.
   */
  reader(): (line: number) => string {
    this.seal();
    let block: Block | undefined;
    let bytes = Buffer.alloc(0);
    let starts: number[] = [];
    return (line) => {
      if (!block || line < block.first || line >= block.first + starts.length) {
        block = this.blockOf(line);
        bytes = zlib().inflateRawSync(block.data);
        starts = lineStarts(bytes);
      }
      const at = line - block.first;
      const end = at + 1 < starts.length ? starts[at + 1]! - 1 : bytes.length;
      return bytes.toString('utf8', starts[at]!, end);
    };
  }

  private blockOf(line: number): Block {
    let low = 0;
    let high = this.blocks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.blocks[middle]!.first <= line) low = middle;
      else high = middle - 1;
    }
    const block = this.blocks[low];
    if (!block || line < block.first || line >= this.count) throw new RangeError(`okrlint: no packed line ${line}`);
    return block;
  }
}

/** Where each line of a block starts (JSON text never holds a raw line break, nor does UTF-8 inside a character). */
function lineStarts(bytes: Buffer): number[] {
  const starts = [0];
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) starts.push(at + 1);
  return starts;
}
