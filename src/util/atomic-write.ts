/**
 * Everything okrlint writes (reports, cache) goes through here: the content is written to
 * a temporary file beside the target and renamed over it, so a reader sees the old file or
 * the new one, never half of one, and an interrupted run leaves the old file intact.
 * Temporary files still pending when the process is interrupted are removed by
 * discardPendingWrites() (called from the CLI's SIGINT handler).
 */
import { accessSync, constants, lstatSync, realpathSync, rmSync, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { FatalError } from '../engine/errors.js';

// node:crypto loads (about 2 ms) only when a file is written: the CLI loads this module on every run.
const require = createRequire(import.meta.url);
const randomHex = (bytes: number) => (require('node:crypto') as typeof import('node:crypto')).randomBytes(bytes).toString('hex');

const pending = new Set<string>();

export interface AtomicWriteOptions {
  /** Paths that must never be written, e.g. the files being linted. */
  protectedPaths?: Iterable<string>;
}

/** Data safety: a report or cache file must never land on a file that is being linted. */
export function refuseProtectedTargets(targets: Iterable<string>, protectedPaths: Iterable<string>): void {
  const guarded = new Set([...protectedPaths].map((p) => resolve(p)));
  for (const target of targets) {
    if (guarded.has(resolve(target))) {
      throw new FatalError(`Refusing to write to "${target}": it is one of the files being linted. Choose another output file.`);
    }
  }
}

/** What can be written: text, bytes, or text in pieces (written as they come, e.g. a report file by file). */
export type WritableContent = string | Uint8Array | Iterable<string>;

export async function writeFileAtomic(path: string, content: WritableContent, options: AtomicWriteOptions = {}): Promise<void> {
  const kind = existingKind(path);
  // A device, FIFO or socket (/dev/stdout, a named pipe) is written through, never replaced.
  if (kind === 'stream') return writeThrough(path, content);
  if (kind === 'directory') throw new FatalError(`Cannot write "${path}": it is a directory. Name a file.`);
  // A symlink keeps pointing where it did: the file it points to is replaced, not the link.
  const target = kind === 'file' ? realpathSync(path) : resolve(path);
  refuseProtectedTargets([path, target], options.protectedPaths ?? []);
  const directory = dirname(target);
  assertWritableAncestor(directory, path);
  try {
    await mkdir(directory, { recursive: true });
  } catch (error) {
    throw new FatalError(`Cannot create the directory "${directory}" for "${path}": ${reason(error)}.`);
  }
  // Hidden, unique and in the same directory, so the rename stays on one file system.
  const temporary = join(directory, `.${basename(target)}.${process.pid}.${randomHex(4)}.tmp`);
  pending.add(temporary);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new FatalError(`Cannot write "${path}": ${reason(error)}.`);
  } finally {
    pending.delete(temporary);
  }
}

/** What stands at `path` now, following symlinks; a dangling symlink is refused. */
function existingKind(path: string): 'none' | 'file' | 'directory' | 'stream' {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return 'none';
    if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) {
      throw new FatalError(`Cannot write "${path}": it is a symbolic link to a path that does not exist. Point it at a file or choose another path.`);
    }
    return 'none';
  }
  if (stats.isDirectory()) return 'directory';
  return stats.isFile() ? 'file' : 'stream';
}

async function writeThrough(path: string, content: WritableContent): Promise<void> {
  try {
    await writeFile(path, content);
  } catch (error) {
    throw new FatalError(`Cannot write "${path}": ${reason(error)}.`);
  }
}

/** Kernel file systems: nothing okrlint writes belongs there. */
const PSEUDO_FILE_SYSTEMS = ['/proc', '/sys'];

/**
 * Checks the nearest existing ancestor of `directory` before mkdir -p: under /proc Node 20's
 * recursive mkdir loops forever, and elsewhere this gives a clearer message than mkdir's.
 */
function assertWritableAncestor(directory: string, path: string): void {
  if (process.platform !== 'win32' && PSEUDO_FILE_SYSTEMS.some((root) => directory === root || directory.startsWith(`${root}${sep}`))) {
    throw new FatalError(`Cannot write "${path}": ${directory.split(sep).slice(0, 2).join(sep)} is a kernel file system, not a place for files. Choose a path on disk.`);
  }
  let existing = directory;
  for (;;) {
    try {
      const stats = statSync(existing);
      if (!stats.isDirectory()) throw new FatalError(`Cannot write "${path}": "${existing}" is a file, not a directory. Choose another output path.`);
      break;
    } catch (error) {
      if (error instanceof FatalError) throw error;
      const parent = dirname(existing);
      const code = (error as NodeJS.ErrnoException).code;
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === existing) throw new FatalError(`Cannot write "${path}": ${reason(error)}.`);
      existing = parent;
    }
  }
  try {
    accessSync(existing, constants.W_OK);
  } catch (error) {
    throw new FatalError(`Cannot write "${path}": the directory "${existing}" is not writable (${reason(error)}). Choose another output path.`);
  }
}

/** Removes temporary files of writes still in progress; synchronous, for exit paths. */
export function discardPendingWrites(): void {
  for (const temporary of pending) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Best effort: the process is going away.
    }
  }
  pending.clear();
}

function reason(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a directory';
    case 'EEXIST':
      return 'a file of that name is in the way';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'the file system is read-only';
    default:
      return String(message ?? error).split('\n')[0]!;
  }
}
