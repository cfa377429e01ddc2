/** Config errors: one line naming the file, the line:column (or the path inside the config) and what was expected. */
import { relative } from 'node:path';
import { FatalError } from '../engine/errors.js';
import type { ConfigPath, ConfigSource } from './types.js';

/** `rules["kr-foo"]`, `overrides[0].files`. */
export function formatConfigPath(path: ConfigPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out || '(top level)';
}

let displayRoot: string | undefined;

/** File names in messages are shown relative to the directory the run started in. */
export function setDisplayRoot(cwd: string): void {
  displayRoot = cwd;
}

export function displayName(name: string, cwd = displayRoot ?? process.cwd()): string {
  if (!name.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(name)) return name;
  const rel = relative(cwd, name);
  return rel && !rel.startsWith('..') ? rel : name;
}

export function configError(source: ConfigSource, path: ConfigPath, what: string, atKey = false): FatalError {
  const place = source.locate?.(path, atKey);
  const where = place ? `${displayName(source.name)}:${place.line}:${place.column}` : displayName(source.name);
  return new FatalError(`Invalid configuration in ${where}: ${formatConfigPath(path)}: ${what}`);
}
