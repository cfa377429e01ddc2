/**
 * Reads a file as UTF-8 text, safely: it never blocks on a FIFO or device, never reads
 * more than the size limit, and tells binary and mis-encoded files apart from YAML.
 * Nothing here writes to a linted file; it is opened read-only.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { unreadableFileMessage } from '../engine/errors.js';
import { fileMessage } from '../engine/messages.js';
import type { LintMessage } from '../rule-kit/types.js';
import { formatSizeOverLimit } from './size.js';

export type ReadOutcome =
  | { ok: true; text: string }
  /** `incomplete`: the file could not be read at all, so the run cannot vouch for it (exit 2). */
  | { ok: false; ruleId: string; message: string; incomplete?: boolean };

/** OKR files are a few kilobytes; one megabyte leaves room and keeps a run fast. */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

export interface ReadOptions {
  /** Files larger than this many bytes are reported, not parsed. */
  maxFileSize?: number;
}

const decoder = new TextDecoder('utf-8', { fatal: true });
// O_NONBLOCK: opening a FIFO for reading must not wait for a writer. Absent on Windows.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export async function readSource(path: string, displayPath: string, options: ReadOptions = {}): Promise<ReadOutcome> {
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, OPEN_FLAGS);
    const info = await handle.stat();
    if (!info.isFile()) return unreadable(`Cannot read "${displayPath}": it is ${kindOf(info)}, not a regular file; remove it from the lint patterns.`);
    if (info.size > limit) return tooLarge(displayPath, info.size, limit);
    const bytes = await readAtMost(handle, limit + 1);
    // The file may have grown since stat(): the limit holds for what is actually read.
    if (bytes.length > limit) return tooLarge(displayPath, bytes.length, limit);
    return decodeSource(bytes);
  } catch (error) {
    return unreadable(readErrorMessage(error as NodeJS.ErrnoException, displayPath));
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

async function readAtMost(handle: FileHandle, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < max) {
    const chunk = Buffer.alloc(Math.min(64 * 1024, max - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

/** Text already read (standard input) under the same size limit as a file on disk. */
export function decodeWithinLimit(bytes: Uint8Array, displayPath: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): ReadOutcome {
  return bytes.length > maxFileSize ? tooLarge(displayPath, bytes.length, maxFileSize) : decodeSource(bytes);
}

export function decodeSource(bytes: Uint8Array): ReadOutcome {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { ok: false, ruleId: 'file/encoding', message: 'The file is saved as UTF-16; save it as UTF-8 and lint again.' };
  }
  if (bytes.subarray(0, 8000).includes(0)) {
    return { ok: false, ruleId: 'file/binary', message: 'This is a binary file, not YAML text; remove it from the lint patterns.' };
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, ruleId: 'file/encoding', message: `The file is not valid UTF-8 (the first bad byte is on line ${lineAt(bytes, firstInvalidOffset(bytes))}); save it as UTF-8 and lint again.` };
  }
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** The offset of the first byte that breaks UTF-8: the end of the longest valid prefix. */
function firstInvalidOffset(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // Binary search: in streaming mode an unfinished character at the end of a prefix is
  // not an error, so validity only ever turns from true to false as the prefix grows.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (validPrefix(bytes.subarray(0, middle))) low = middle;
    else high = middle - 1;
  }
  return low;
}

function validPrefix(bytes: Uint8Array): boolean {
  const streaming = new TextDecoder('utf-8', { fatal: true });
  try {
    streaming.decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function tooLarge(displayPath: string, size: number, limit: number): ReadOutcome {
  const [shown, shownLimit] = formatSizeOverLimit(size, limit);
  return {
    ok: false,
    ruleId: 'file/too-large',
    message: `"${displayPath}" is ${shown}, over the ${shownLimit} limit for one OKR file; split it, or raise the limit with --max-file-size.`,
  };
}

function unreadable(message: string): ReadOutcome {
  return { ok: false, ruleId: 'file/unreadable', message, incomplete: true };
}

function kindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'a special file';
}

export function readErrorMessage(error: NodeJS.ErrnoException, path: string): string {
  switch (error.code) {
    case 'ENOENT':
      return `Cannot read "${path}": the file was deleted or moved after okrlint found it; lint again.`;
    case 'EACCES':
    case 'EPERM':
      return `Cannot read "${path}": permission denied; check the file's permissions.`;
    case 'EISDIR':
      return `Cannot read "${path}": it is a directory.`;
    case 'ELOOP':
      return `Cannot read "${path}": it is a symbolic link that points back to itself; fix or remove the link.`;
    case 'EMFILE':
    case 'ENFILE':
      return `Cannot read "${path}": too many open files; raise the limit (ulimit -n) and lint again.`;
    default:
      return `Cannot read "${path}": ${String(error.message ?? error).split('\n')[0]}.`;
  }
}

/** The file-level message for a file that could not be linted. */
export function readFailureMessage(outcome: Extract<ReadOutcome, { ok: false }>): LintMessage {
  return outcome.incomplete ? unreadableFileMessage(outcome.message) : fileMessage(outcome.ruleId, outcome.message);
}
