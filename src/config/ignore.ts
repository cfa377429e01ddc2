/** `ignores` globs from configs and `.okrlintignore` files, both in gitignore syntax (the `ignore` package). */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Ignore } from 'ignore';

// Loaded on first use: most runs have no ignore patterns, and a pre-commit hook pays every import.
const require = createRequire(import.meta.url);
let ignoreFactory: typeof import('ignore') | undefined;

export const IGNORE_FILE = '.okrlintignore';

/** `file` relative to `directory` with forward slashes, or undefined when it lies outside. */
export function relativePosix(directory: string, file: string): string | undefined {
  const rel = relative(directory, resolve(directory, file));
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

export class IgnoreSet {
  /** Each pattern list applies relative to its own directory, as in .gitignore. */
  private readonly sets: { directory: string; matcher: Ignore; patterns: string[] }[] = [];

  add(directory: string, patterns: readonly string[]): void {
    if (patterns.length === 0) return;
    ignoreFactory ??= require('ignore') as typeof import('ignore');
    this.sets.push({ directory, matcher: ignoreFactory().add(patterns), patterns: [...patterns] });
  }

  /** Reads `.okrlintignore` in each directory that has one (once per directory). */
  addIgnoreFiles(directories: readonly string[]): void {
    for (const directory of new Set(directories.map((d) => resolve(d)))) {
      const file = join(directory, IGNORE_FILE);
      if (!existsSync(file)) continue;
      const lines = readFileSync(file, 'utf8').split(/\r?\n/);
      this.add(directory, lines.filter((line) => line.trim() !== ''));
    }
  }

  ignores(file: string): boolean {
    return this.sets.some(({ directory, matcher }) => {
      const path = relativePosix(directory, file);
      return path !== undefined && matcher.ignores(path);
    });
  }

  /** The patterns with their directories, for --print-config. */
  describe(): { directory: string; patterns: string[] }[] {
    return this.sets.map(({ directory, patterns }) => ({ directory, patterns }));
  }
}
