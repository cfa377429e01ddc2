/**
 * Repository context for cross-file rules. A pre-commit hook or lint-staged passes only the
 * staged files, yet `aligns_to` may name an objective in a file that is not staged. The
 * other OKR files of the repository are linted alongside (their own findings dropped) so
 * that project-level rules judge references against the whole repository.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { discoverFiles } from './discover.js';

/** The nearest folder holding .git, walking up from cwd; undefined outside a repository. */
export function repositoryRoot(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** True when some pattern names a single file: only then can a referenced file be missing. */
export function namesSingleFiles(patterns: readonly string[], cwd: string): boolean {
  return patterns.some((pattern) => !isDynamicPattern(pattern) && isFile(resolve(cwd, pattern)));
}

/** A file behind a directory that cannot be searched counts: it is named, and read.ts reports it. */
function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return true;
  }
}

/** The repository's other OKR files, not already in `files`; none outside a git repository. */
export async function contextFiles(files: readonly string[], cwd: string): Promise<string[]> {
  const root = repositoryRoot(cwd);
  if (!root) return [];
  const linted = new Set(files);
  const all = await discoverFiles([root], { cwd, unreadableDirectories: 'skip' }).catch(() => []);
  return all.filter((file) => !linted.has(file));
}
