/**
 * Files named on the command line that the configuration ignores. They are left out quietly
 * as far as the exit code goes (a pre-commit hook passes every staged file), but a person who
 * names one should learn why nothing was linted, as ESLint says.
 */
import { relative, resolve } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { escapeControls } from '../output/terminal-safe.js';
import { isDirectory } from '../util/paths.js';

/** The explicitly named files (not directories or globs) that `isIgnored` leaves out, in order given. */
export function namedIgnoredFiles(patterns: readonly string[], cwd: string, isIgnored: (file: string) => boolean): string[] {
  return patterns.filter((pattern) => !isDynamicPattern(pattern) && isIgnored(resolve(cwd, pattern)) && !isDirectory(resolve(cwd, pattern)));
}

/** One line for stderr; also fits a --stdin-filename that the configuration ignores. */
export function ignoredFileNote(file: string, cwd: string): string {
  const shown = escapeControls(relative(cwd, resolve(cwd, file)) || file);
  return `okrlint: "${shown}" is ignored by "ignores" / .okrlintignore, so it was not linted.\n`;
}

