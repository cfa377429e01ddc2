/** Reads a file as UTF-8 text, telling binary and mis-encoded files apart from YAML. */
import { readFile } from 'node:fs/promises';
import { FatalError } from '../engine/errors.js';

export type ReadOutcome = { ok: true; text: string } | { ok: false; ruleId: string; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

export async function readSource(path: string, displayPath: string): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new FatalError(readErrorMessage(error as NodeJS.ErrnoException, displayPath));
  }
  return decodeSource(bytes);
}

export function decodeSource(bytes: Uint8Array): ReadOutcome {
  if (bytes.subarray(0, 8000).includes(0)) {
    return { ok: false, ruleId: 'file/binary', message: 'This is a binary file, not YAML text; remove it from the lint patterns.' };
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, ruleId: 'file/encoding', message: 'The file is not valid UTF-8; save it as UTF-8 and lint again.' };
  }
}

function readErrorMessage(error: NodeJS.ErrnoException, path: string): string {
  switch (error.code) {
    case 'ENOENT':
      return `Cannot read "${path}": the file no longer exists.`;
    case 'EACCES':
    case 'EPERM':
      return `Cannot read "${path}": permission denied; check the file's permissions.`;
    case 'EISDIR':
      return `Cannot read "${path}": it is a directory.`;
    default:
      return `Cannot read "${path}": ${error.message}.`;
  }
}
