/**
 * Repository context for cross-file rules. A pre-commit hook or lint-staged passes only the
 * staged files, and a folder is only part of its repository, yet `aligns_to` may name an
 * objective in a file that is not linted. The other OKR files of each linted file's repository
 * are linted alongside (their own findings dropped) so that project-level rules judge
 * references against the whole repository, whatever the working directory.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { discoverFiles } from './discover.js';
import { isDirectory } from '../util/paths.js';

export interface RepositoryContext {
  /** The other OKR files of the linted files' repositories. */
  files: string[];
  /** Set when the linted files span several repositories: each is its own project. */
  groupOf?: (filePath: string) => string;
}

/**
 * The OKR files of the repositories holding `files`, not already in `files`; none outside a
 * repository. A repository under one of `wholeDirs` (folders named on the command line) is
 * already linted whole, so it is not walked again. `wanted`: false when no cross-file rule
 * would read the context, which is then not looked for.
 */
export async function repositoryContext(files: readonly string[], wholeDirs: readonly string[], wanted: () => boolean): Promise<RepositoryContext> {
  const rootOf = repositoryFinder();
  const roots = [...new Set(files.map((file) => rootOf(dirname(file))))];
  const groupOf = roots.length > 1 ? (file: string) => rootOf(dirname(file)) ?? '' : undefined;
  const toWalk = roots.filter((root): root is string => root !== undefined && !wholeDirs.some((dir) => isWithin(root, dir)));
  if (toWalk.length === 0 || !wanted()) return { files: [], groupOf };
  // Compared by real path: a file reached through a symlinked folder ("okrs/current") is the same file.
  const linted = new Set(files.map(realPath));
  const found = await Promise.all(
    toWalk.sort().map(async (root) => {
      const all = await discoverFiles([root], { cwd: root, unreadableDirectories: 'skip' }).catch(() => []);
      // A repository nested inside this one (its own .git) is another project.
      return all.filter((file) => rootOf(dirname(file)) === root);
    }),
  );
  return { files: found.flat().filter((file) => !linted.has(realPath(file))), groupOf };
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** The git repository (nearest folder holding .git) of a folder; each folder on the way up is looked at once. */
function repositoryFinder(): (dir: string) => string | undefined {
  const rootOfDir = new Map<string, string | undefined>();
  const rootOf = (dir: string): string | undefined => {
    if (rootOfDir.has(dir)) return rootOfDir.get(dir);
    const parent = dirname(dir);
    const root = existsSync(join(dir, '.git')) ? dir : parent === dir ? undefined : rootOf(parent);
    rootOfDir.set(dir, root);
    return root;
  };
  return rootOf;
}

function isWithin(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The folders among the patterns, as absolute paths: each is linted whole. */
export function namedDirectories(patterns: readonly string[], cwd: string): string[] {
  return patterns.map((pattern) => resolve(cwd, pattern)).filter(isDirectory);
}

