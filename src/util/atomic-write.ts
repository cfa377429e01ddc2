/**
 * Everything okrlint writes (reports, cache) goes through here: the content is written to
 * a temporary file beside the target and renamed over it, so a reader sees the old file or
 * the new one, never half of one, and an interrupted run leaves the old file intact.
 * Temporary files still pending when the process is interrupted are removed by
 * discardPendingWrites() (called from the CLI's SIGINT handler).
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { FatalError } from '../engine/errors.js';

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

export async function writeFileAtomic(path: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const target = resolve(path);
  refuseProtectedTargets([path], options.protectedPaths ?? []);
  const directory = dirname(target);
  try {
    await mkdir(directory, { recursive: true });
  } catch (error) {
    throw new FatalError(`Cannot create the directory "${directory}" for "${path}": ${reason(error)}.`);
  }
  // Hidden, unique and in the same directory, so the rename stays on one file system.
  const temporary = join(directory, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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
