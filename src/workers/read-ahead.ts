/**
 * Reads the files to lint, in order. A regular file within the size limit is read with
 * synchronous calls on a non-blocking descriptor (about 20 µs; the promise-based FileHandle
 * path costs the main thread about 1 ms per file). Anything unusual (not a regular file, too
 * large, an error) goes through readSource, which words the message.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { relative } from 'node:path';
import { DEFAULT_MAX_FILE_SIZE, decodeSource, readSource, type ReadOutcome } from '../files/read.js';
import { timed } from '../stats/timer.js';

// O_NONBLOCK: a FIFO never blocks the open. Absent on Windows.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The text of a plain, small-enough file, or undefined to let readSource handle it. */
export function readPlainFile(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): ReadOutcome | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, OPEN_FLAGS);
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > maxFileSize) return undefined;
    // One byte more than the limit: a file that grew since fstat is still caught.
    const buffer = Buffer.allocUnsafe(Math.min(info.size, maxFileSize) + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) read = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxFileSize) return undefined;
    return decodeSource(buffer.subarray(0, length));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export async function* readAhead(
  files: readonly string[],
  cwd: string,
  maxFileSize: number | undefined,
): AsyncGenerator<{ position: number; file: string; source: ReadOutcome }> {
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const source = timed('read', () => readPlainFile(file, maxFileSize)) ?? (await readSource(file, relative(cwd, file) || file, { maxFileSize }));
    yield { position: i, file, source };
  }
}
