/**
 * The results cache (`--cache`): per file, the lint result and the small project-pass input,
 * keyed by a hash of the file's content and of the configuration that linted it. One file: a
 * one-line text header (`okrlint-cache-3`), then the data in v8 serialisation (it keeps the
 * model's cycles and typed arrays), written atomically: to a temporary file, then renamed.
 * A missing, truncated or corrupt cache, or one of another format or build, is ignored and
 * rebuilt. A file that is not recognisably an okrlint cache (an empty one included), or one of
 * the files being linted, is never overwritten: the run stops with one line (FatalError, exit 2).
 */
import { createHash } from 'node:crypto';
import { type Stats, closeSync, lstatSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { FatalError } from '../engine/errors.js';
import type { ResultCounts } from '../workers/result-spool.js';
import type { ProjectData } from './positions.js';
import { isDirectory } from '../util/paths.js';

// 2: results kept as JSON (a string loads and saves far faster than the objects, and stays small in memory).
// 3: a text header before the v8 data, so that a file which is not an okrlint cache is recognised and kept.
const FORMAT = 'okrlint-cache-3';
const HEADER = Buffer.from(`${FORMAT}\n`, 'latin1');
/** Every okrlint cache names its format near its start: at byte 0 from format 3 on, inside the v8 data before. */
const MARK = Buffer.from('okrlint-cache-', 'latin1');
/** v8 serialisation starts with this version tag; format 2 put its format string within the first 30 bytes. */
const V8_TAG = 0xff;
const LEGACY_WINDOW = 64;
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

  /**
   * Loads the cache; a truncated or corrupt okrlint cache, or one of another format or build,
   * starts an empty one. Refuses (FatalError) a location that is one of `lintedFiles`,
   * or an existing file that is not an okrlint cache: saving would replace it.
   */
  static load(path: string, build: string, lintedFiles: Iterable<string> = []): LintCache {
    refuseLintedFile(path, lintedFiles);
    const bytes = readExisting(path);
    let entries = new Map<string, CacheEntry>();
    if (bytes !== undefined) {
      // Caches are written whole (temporary file, then rename), so an empty file is someone
      // else's: an empty .okrlintrc.yaml was once replaced and broke the next run.
      if (bytes.length === 0 || !isOkrlintCache(bytes)) {
        throw new FatalError(`Refusing to overwrite "${path}" with the cache: it is ${bytes.length === 0 ? 'an empty file, ' : ''}not an okrlint cache. Choose another --cache-location, or delete the file.`);
      }
      try {
        if (bytes.subarray(0, HEADER.length).equals(HEADER)) {
          const data = deserialize(bytes.subarray(HEADER.length)) as Partial<CacheFile>;
          if (data?.format === FORMAT && data.build === build && data.entries instanceof Map) entries = data.entries;
        }
      } catch {
        // Truncated or corrupt: rebuilt from this run's results.
      }
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
    // A symlink keeps pointing where it did: the file it points to is replaced, as for reports.
    const target = realPathOrSelf(this.path);
    const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
    try {
      mkdirSync(dirname(target), { recursive: true });
      const fd = openSync(temporary, 'wx');
      try {
        writeAll(fd, HEADER);
        writeAll(fd, serialize(data));
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, target);
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

/** Where a symlink at `path` points (load() refused a dangling one); `path` itself when nothing is there. */
function realPathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Data safety: the cache is renamed over its location, so that must not be a file being linted. */
function refuseLintedFile(path: string, lintedFiles: Iterable<string>): void {
  const linted = new Set([...lintedFiles].map((file) => resolve(file)));
  if (linted.size === 0) return;
  let real: string | undefined;
  try {
    real = realpathSync(path);
  } catch {
    // Not there (yet): only the path itself can name a linted file.
  }
  if (linted.has(resolve(path)) || (real !== undefined && linted.has(real))) {
    throw new FatalError(`Refusing to write the cache to "${path}": it is one of the files being linted. Choose another --cache-location.`);
  }
}

/** The bytes at `path`; undefined when nothing is there. A file that cannot be read, a device or a pipe is refused. */
function readExisting(path: string): Buffer | undefined {
  const stats = statOrNothing(() => statSync(path));
  if (stats === undefined) {
    if (statOrNothing(() => lstatSync(path))?.isSymbolicLink()) {
      throw new FatalError(`Refusing to write the cache to "${path}": it is a symbolic link to a path that does not exist. Choose another --cache-location.`);
    }
    return undefined;
  }
  // A directory where the file should be: saving fails later with its own message.
  if (stats.isDirectory()) return undefined;
  if (!stats.isFile()) {
    throw new FatalError(`Refusing to write the cache to "${path}": it is not a regular file (a device, pipe or socket). Choose another --cache-location.`);
  }
  try {
    return readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new FatalError(`Cannot read the cache "${path}" (${reason}), so okrlint cannot tell whether it may replace it; choose another --cache-location or delete the file.`);
  }
}

/** Nothing there, or a path that cannot be a file (a part of it is a file): saving reports that one itself. */
function statOrNothing(stat: () => Stats): Stats | undefined {
  try {
    return stat();
  } catch {
    return undefined;
  }
}

/** Recognisably an okrlint cache, even truncated: the header of format 3, or format 2's v8 data naming its format. */
function isOkrlintCache(bytes: Buffer): boolean {
  if (bytes.subarray(0, MARK.length).equals(MARK)) return true;
  return bytes[0] === V8_TAG && bytes.subarray(0, LEGACY_WINDOW).includes(MARK);
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
}

function isEntry(entry: CacheEntry): boolean {
  return typeof entry.result === 'string' && typeof entry.counts === 'object' && entry.counts !== null && Array.isArray(entry.project);
}
