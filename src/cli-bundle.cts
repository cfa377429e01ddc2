/**
 * Runs the CLI bundle (dist/bundle/okrlint.cjs, written by scripts/bundle.mjs) with V8's code
 * cache (dist/bundle/okrlint.code-cache, taken by the build after a training run): the bytecode
 * of the top level and of every function that run compiled, so a run skips most parsing and
 * compiling (about 40 ms of CPU on a one-file run). Node 22 keeps such a cache for ES modules
 * itself (module.enableCompileCache); Node 20 only accepts one for a script, hence a CommonJS
 * bundle compiled here with vm.Script. A cache V8 rejects (another Node or V8 version, other V8
 * flags) only costs the compiling it would have saved. Worker threads run the same bundle.
 * CommonJS itself, like bin/okrlint.js, so a run never starts Node's ES module loader.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import type { CliIo } from './commands/io.js';
import type { GuardedProcess } from './util/process-guards.js';

export const BUNDLE_FILE = join(__dirname, '../bundle/okrlint.cjs');
export const CODE_CACHE_FILE = join(__dirname, '../bundle/okrlint.code-cache');

/** What the bundle's entry (scripts/bundle.mjs) exports. */
export interface BundleExports {
  main(argv: readonly string[], io?: CliIo): Promise<number>;
  guardProcess(process: GuardedProcess): void;
  boundHeapGrowth(): void;
  /** Runs a lint worker thread (src/workers/worker.ts) in this thread. */
  startWorker(): Promise<unknown>;
}

export interface LoadedBundle {
  exports: BundleExports;
  /** For the build: script.createCachedData() after a training run. */
  script: Script;
  /** The bundle's text, for the build (codeCacheHeader). */
  source: string;
  /** Whether V8 took its code from the cache. */
  cacheAccepted: boolean;
}

/**
 * The bundle ends with a line naming its build (a hash of its text, scripts/bundle.mjs), and the
 * code cache starts with the same line: a cache is used only with the bundle it was taken from.
 * File times cannot tell: npm writes an installed package's files in tarball order.
 */
export const BUILD_MARK = '\n//okrlint-build:';

export function buildIdOf(source: string): string | undefined {
  const at = source.lastIndexOf(BUILD_MARK);
  return at < 0 ? undefined : source.slice(at + BUILD_MARK.length).trim();
}

/** The cache, unless it is missing, unwanted or taken from another build of the bundle. */
function readCodeCache(useCodeCache: boolean, buildId: string | undefined): Buffer | undefined {
  if (!useCodeCache || buildId === undefined) return undefined;
  let file: Buffer;
  try {
    file = readFileSync(CODE_CACHE_FILE);
  } catch {
    return undefined; // no cache: the run compiles as it goes
  }
  const header = Buffer.from(`${BUILD_MARK.slice(1)}${buildId}\n`, 'latin1');
  return file.subarray(0, header.length).equals(header) ? file.subarray(header.length) : undefined;
}

/** The first line of a code cache file for the bundle `source`. */
export function codeCacheHeader(source: string): string {
  return `${BUILD_MARK.slice(1)}${buildIdOf(source) ?? ''}\n`;
}

/**
 * The bundle is one function expression (scripts/bundle.mjs wraps it) taking what a CommonJS
 * module gets plus two parameters of its own: the bundle's URL, standing for import.meta.url,
 * and import(), which code compiled by vm.Script cannot call itself on Node 20 (user
 * configurations and plugins are ES modules).
 */
export const BUNDLE_PARAMETERS = ['exports', 'require', 'module', '__filename', '__dirname', '__okrlintBundleUrl', '__okrlintImport'];

export function loadBundle({ useCodeCache = true } = {}): LoadedBundle {
  // ASCII only (scripts/bundle.mjs): latin1 is the same text, read without decoding UTF-8.
  const source = readFileSync(BUNDLE_FILE, 'latin1');
  const cachedData = readCodeCache(useCodeCache, buildIdOf(source));
  const script = new Script(source, { filename: BUNDLE_FILE, cachedData });
  const module = { exports: {} as BundleExports };
  const run = script.runInThisContext() as (...parameters: unknown[]) => void;
  const importModule = (specifier: string) => import(specifier);
  run(module.exports, createRequire(BUNDLE_FILE), module, BUNDLE_FILE, dirname(BUNDLE_FILE), pathToFileURL(BUNDLE_FILE).href, importModule);
  return { exports: module.exports, script, source, cacheAccepted: cachedData !== undefined && !script.cachedDataRejected };
}
