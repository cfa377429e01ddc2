/** Reports are written whole: to a temporary file beside the target, then renamed over it. */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FatalError } from '../engine/errors.js';

let counter = 0;

export async function writeAtomically(path: string, content: string, displayPath = path): Promise<void> {
  // Same directory as the target, so rename never crosses file systems.
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new FatalError(`Cannot write the report to "${displayPath}": ${reason(error as NodeJS.ErrnoException)}.`);
  }
}

function reason(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied; choose a writable path';
    case 'EISDIR':
      return 'it is a directory; name a file';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a directory';
    case 'ENOSPC':
      return 'no space left on the device';
    default:
      return error.message;
  }
}
