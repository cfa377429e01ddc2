import { statSync } from 'node:fs';

/**
 * Whether a path is a directory (following links). A path behind a directory that cannot be
 * searched (EACCES) is not one here: the caller's reading reports that place.
 */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    return false;
  }
}
