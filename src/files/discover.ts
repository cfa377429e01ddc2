/**
 * Patterns to a sorted list of files. A directory means every OKR file under it
 * (*.okr.yaml / *.okr.yml); a file named explicitly is linted whatever its name.
 * Symbolic links under a directory are not followed (so a link loop cannot trap the walk);
 * a link named explicitly is read through. Special files named explicitly are reported
 * by read.ts without blocking on them.
 * Nothing is lost silently: a directory the walk cannot read is a fatal error naming it, and a
 * file named explicitly that cannot be reached is read (and reported) rather than called missing.
 */
import { readdirSync, statSync, type Stats } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { FatalError } from '../engine/errors.js';

export const OKR_FILE_GLOB = '**/*.okr.{yaml,yml}';
const NEVER_ENTER = ['**/node_modules/**', '**/.git/**'];

export interface DiscoverOptions {
  cwd: string;
  /**
   * What to do with a directory the walk cannot read: 'fail' (the default) throws a FatalError
   * naming it, unless `isIgnored` says its files would be ignored anyway; 'skip' passes over it
   * (repository context, which only informs cross-file checks).
   */
  unreadableDirectories?: 'fail' | 'skip';
  isIgnored?: (file: string) => boolean;
}

export async function discoverFiles(patterns: readonly string[], options: DiscoverOptions): Promise<string[]> {
  const { cwd } = options;
  const found = new Set<string>();
  for (const pattern of patterns) {
    const matches = expand(pattern, cwd, unreadableDirectoryCheck(options));
    if (matches.length === 0) throw new FatalError(await noMatchMessage(pattern, cwd));
    for (const file of matches) found.add(file);
  }
  return [...found].sort();
}

/**
 * Synchronous: on a local disk the walk is as fast, and a small run (a pre-commit hook) does not
 * wait on the thread pool for each directory (about 2 ms for one file, more on a busy machine).
 */
function expand(pattern: string, cwd: string, onUnreadable: UnreadableCheck): string[] {
  const absolute = resolve(cwd, pattern);
  const info = statOrDenied(absolute);
  if (info === 'denied') return [absolute]; // read.ts reports it ("permission denied"), not "no such file"
  if (info?.isDirectory()) return walk(OKR_FILE_GLOB, absolute, cwd, onUnreadable);
  if (info) return [absolute];
  if (isDynamicPattern(pattern)) return walk(pattern, cwd, cwd, onUnreadable);
  return [];
}

type UnreadableCheck = (directory: string, error: NodeJS.ErrnoException, cwd: string) => void;

/**
 * tinyglobby's walker (fdir) swallows readdir errors (a throw from here too), so an unreadable
 * directory would vanish from the run. Its fs seam lets each failure be recorded and judged
 * after the walk; a directory removed mid-walk is no loss.
 */
function walk(pattern: string, root: string, cwd: string, onUnreadable: UnreadableCheck): string[] {
  const failures: { directory: string; error: NodeJS.ErrnoException }[] = [];
  const readdir = ((path: string, options: unknown) => {
    try {
      return readdirSync(path, options as { withFileTypes: true });
    } catch (error) {
      const failure = error as NodeJS.ErrnoException;
      if (failure.code !== 'ENOENT' && failure.code !== 'ENOTDIR') failures.push({ directory: resolve(root, path), error: failure });
      throw error;
    }
  }) as typeof readdirSync;
  const files = globSync(pattern, { cwd: root, absolute: true, ignore: NEVER_ENTER, dot: true, followSymbolicLinks: false, fs: { readdirSync: readdir } });
  for (const { directory, error } of failures) onUnreadable(directory, error, cwd);
  return files;
}

/** Stand-ins for the files an unreadable directory may hold: both extensions, at any depth. */
const ANY_OKR_FILE_BELOW = ['any.okr.yaml', 'any.okr.yml', join('any', 'any.okr.yaml'), join('any', 'any.okr.yml')];

function unreadableDirectoryCheck({ unreadableDirectories = 'fail', isIgnored }: DiscoverOptions): UnreadableCheck {
  return (directory, error, cwd) => {
    if (unreadableDirectories === 'skip') return;
    // Would every OKR file in it be ignored anyway? Then nothing is lost (gitignore `dir/` and
    // `dir/**` say yes; `dir/*.okr.yaml` does not: it leaves .okr.yml files and subfolders).
    if (isIgnored && ANY_OKR_FILE_BELOW.every((probe) => isIgnored(join(directory, probe)))) return;
    const shown = relative(cwd, directory) || '.';
    throw new FatalError(`Cannot read the directory "${shown}": ${reasonOf(error)}; its OKR files would be skipped. Fix its permissions, or add it to "ignores" / .okrlintignore.`);
  };
}

function reasonOf(error: NodeJS.ErrnoException): string {
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
  return error.code ?? error.message;
}

/** 'denied': the path may exist, but a directory above it cannot be searched. */
function statOrDenied(path: string): Stats | 'denied' | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EACCES' || code === 'EPERM' ? 'denied' : undefined;
  }
}

async function noMatchMessage(pattern: string, cwd: string): Promise<string> {
  const absolute = resolve(cwd, pattern);
  const link = await lstat(absolute).catch(() => undefined);
  if (link?.isSymbolicLink()) {
    const code = await stat(absolute).then(() => undefined, (error: NodeJS.ErrnoException) => error.code);
    if (code === 'ELOOP') return `"${pattern}" is a symbolic link loop; fix or remove the link.`;
    if (code === 'ENOENT') return `"${pattern}" is a symbolic link to a file that does not exist.`;
  }
  const info = await stat(absolute).catch(() => undefined);
  if (info?.isDirectory()) {
    return `No OKR files under "${pattern}": okrlint looks for *.okr.yaml and *.okr.yml in a directory; name other YAML files explicitly.`;
  }
  if (isDynamicPattern(pattern)) return `No files match the pattern "${pattern}".`;
  return `No such file or directory: "${pattern}".`;
}
