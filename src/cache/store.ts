/**
 * The results cache (`--cache`): per file, the lint result and the small project-pass input,
 * keyed by a hash of the file's content and of the configuration that linted it. One file,
 * written with v8 serialisation (it keeps the model's cycles and typed arrays), atomically:
 * to a temporary file, then renamed. A missing, corrupt or foreign cache is ignored and rebuilt.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { FatalError } from '../engine/errors.js';
import type { ResultCounts } from '../workers/result-spool.js';
import type { ProjectData } from './positions.js';

// 2: results kept as JSON (a string loads and saves far faster than the objects, and stays small in memory).
const FORMAT = 'okrlint-cache-2';
export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/okrlint';

export interface CacheEntry {
  /** Hash of the file's text. */
  content: string;
  /** Hash of the configuration (rules, options, okrlint version) that produced the result. */
  config: string;
  /** The file's LintResult as JSON, with the counts a run needs without parsing it. */
  result: string;
  counts: ResultCounts;
  project: ProjectData[];
  /** Kept only for files with okrlint- comments: the project pass applies their directives. */
  text?: string;
}

interface CacheFile {
  format: string;
  /** okrlint's version and build: another build never reads this cache. */
  build: string;
  entries: Map<string, CacheEntry>;
}

export function hashText(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/** `--cache-location`: a directory (existing, or written with a trailing slash) holds the file "cache". */
export function cacheFilePath(cwd: string, location: string | undefined): string {
  const path = resolve(cwd, location ?? DEFAULT_CACHE_LOCATION);
  if (location === undefined || /[\\/]$/.test(location) || isDirectory(path)) return join(path, 'cache');
  return path;
}

function isDirectory(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

export class LintCache {
  private readonly entries: Map<string, CacheEntry>;
  private readonly used = new Map<string, CacheEntry>();
  private changed = false;

  private constructor(
    readonly path: string,
    private readonly build: string,
    entries: Map<string, CacheEntry>,
  ) {
    this.entries = entries;
  }

  /** Loads the cache; anything unreadable or from another build starts an empty one. */
  static load(path: string, build: string): LintCache {
    let entries = new Map<string, CacheEntry>();
    try {
      const data = deserialize(readFileSync(path)) as Partial<CacheFile>;
      if (data?.format === FORMAT && data.build === build && data.entries instanceof Map) entries = data.entries;
    } catch {
      // Missing or corrupt: rebuilt from this run's results.
    }
    return new LintCache(path, build, entries);
  }

  get(file: string, content: string, config: string): CacheEntry | undefined {
    const entry = this.entries.get(file);
    if (!entry || entry.content !== content || entry.config !== config || !isEntry(entry)) return undefined;
    this.used.set(file, entry);
    return entry;
  }

  set(file: string, entry: CacheEntry): void {
    this.used.set(file, entry);
    this.changed = true;
  }

  /** Writes the entries of this run (files no longer linted drop out) atomically. */
  save(): void {
    if (!this.changed && this.used.size === this.entries.size) return;
    const data: CacheFile = { format: FORMAT, build: this.build, entries: this.used };
    const temporary = `${this.path}.${process.pid}.${Date.now()}.tmp`;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(temporary, serialize(data));
      renameSync(temporary, this.path);
    } catch (error) {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Nothing was written there.
      }
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new FatalError(`Cannot write the cache "${this.path}" (${reason}); choose a writable --cache-location or drop --cache.`);
    }
  }
}

function isEntry(entry: CacheEntry): boolean {
  return typeof entry.result === 'string' && typeof entry.counts === 'object' && entry.counts !== null && Array.isArray(entry.project);
}
