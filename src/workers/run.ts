/**
 * Lints a list of files: cache lookups first, then the rest on the main thread or spread over
 * worker threads, then the project pass over every file's small model, in file order, so the
 * findings are the same whichever thread (or earlier run) linted a file.
 */
import { availableParallelism } from 'node:os';
import type { ProjectData } from '../cache/positions.js';
import { hashText, type LintCache } from '../cache/store.js';
import type { ConfigKeys } from '../cache/key.js';
import type { LinterPool } from '../config/linter-pool.js';
import type { ReadOutcome } from '../files/read.js';
import type { LintMessage, LintResult } from '../rule-kit/types.js';
import { activeStats, timed } from '../stats/timer.js';
import { lintSource, mustStayOnMainThread } from './lint-one.js';
import { lintWithWorkers, workersAvailable, type Task } from './pool.js';
import type { SentOutcome, WorkerSetup } from './protocol.js';
import { readAhead } from './read-ahead.js';
import { countsOf, ResultSpool, type ResultCounts } from './result-spool.js';

/** `--concurrency`: 'off' (main thread only), 'auto', or the number of linting threads. */
export type Concurrency = 'auto' | 'off' | number;

/**
 * Below this many files workers cost more than they save. A "single-threaded" run already keeps
 * a second core busy: V8 compiles hot code (TurboFan) and marks the heap on background threads.
 * A worker loads the modules, compiles the same code again and warms its own caches (stems,
 * tags, analyses), and each result crosses threads. Per-thread CPU (/proc task times), single
 * against two threads, after the line scanner for YAML: 1.8 / 2.5 s at 1,000 files (main thread
 * 0.96 s single), 3.0 / 3.8 s at 2,000 (main 1.77 s), 9.2 / 11.2 s at 10,000 (main 7.05 s). On
 * two idle cores a run takes about max(main thread, all CPU / 2): workers lose at 1,000 and
 * 2,000 files (0.96 / 1.26 s, 1.77 / 1.92 s), break even near 2,750 and give 0.8x at 10,000.
 * On a loaded machine the extra CPU is pure loss, so `auto` starts workers past break-even.
 */
export const AUTO_MIN_FILES = 3_000;
const AUTO_MAX_THREADS = 4;
/** A number given to --concurrency is held to this many threads per core. */
const MAX_THREADS_PER_CORE = 4;

export interface FileRunOptions {
  cwd: string;
  maxFileSize?: number;
  concurrency: Concurrency;
  /** Needed to start workers; without it (e.g. rules given as objects) everything stays here. */
  workerSetup?: Omit<WorkerSetup, 'stats' | 'cache'>;
  cache?: { store: LintCache; keys: ConfigKeys };
  /** Files whose results are reported: the first ones; the rest only inform the project pass. */
  reported?: number;
  /** Texts already in hand by file index (standard input), linted here in place of the file on disk. */
  given?: ReadonlyMap<number, ReadOutcome>;
}

/** What waits for the project pass; the result itself went to the spool (and, as JSON, to the cache). */
interface Outcome {
  /** Kept only for the cache. */
  cached?: { json: string; counts: ResultCounts };
  project: ProjectData[];
  content?: string;
  /** Linted by a worker or taken from the cache. */
  elsewhere: boolean;
}

/** Linting threads to use, the main thread included. */
export function threadCount(concurrency: Concurrency, files: number, cores = availableParallelism()): number {
  if (concurrency === 'off') return 1;
  if (concurrency === 'auto') return files >= AUTO_MIN_FILES ? Math.max(1, Math.min(cores, AUTO_MAX_THREADS)) : 1;
  // A thread per file at most, and a few per core: each one loads okrlint again (tens of MB),
  // so "--concurrency 1000" on 8 files once took 9.5 GB and 33 s.
  return Math.max(1, Math.min(Math.floor(concurrency), files, cores * MAX_THREADS_PER_CORE));
}

export async function lintFileList(files: readonly string[], pool: LinterPool, options: FileRunOptions): Promise<ResultSpool> {
  const outcomes: (Outcome | undefined)[] = new Array(files.length);
  const reported = options.reported ?? files.length;
  const spool = new ResultSpool(files.slice(0, reported));
  const cache = options.cache;
  const keep = (index: number, outcome: Kept, elsewhere: boolean) => {
    if ('json' in outcome) spool.put(index, outcome.json, outcome.counts);
    else spool.put(index, outcome.result);
    const { project, content } = outcome;
    if (!cache || content === undefined) outcomes[index] = { project, elsewhere };
    else outcomes[index] = { project, elsewhere, content, cached: 'json' in outcome ? { json: outcome.json, counts: outcome.counts } : { json: JSON.stringify(outcome.result), counts: countsOf(outcome.result) } };
  };
  const lintHere = async (tasks: readonly Task[], known?: Map<number, ReadOutcome>) => {
    const unread = tasks.filter((t) => !known?.has(t.index));
    const reads = readAhead(unread.map((t) => t.file), options.cwd, options.maxFileSize);
    for (const task of tasks) {
      const source = known?.get(task.index) ?? (await reads.next()).value!.source;
      known?.delete(task.index); // a cold --cache run read every file first: let each text go once linted
      // A context file linted here needs only its model, and is not cached: its result is partial.
      const modelOnly = task.index >= reported;
      keep(task.index, lintSource(pool, task.index, task.file, source, cache !== undefined && !modelOnly && !mustStayOnMainThread(source), modelOnly), false);
    }
  };

  let todo: Task[] = files.map((file, index) => ({ index, file }));
  if (options.given) {
    await lintHere(todo.filter((task) => options.given!.has(task.index)), new Map(options.given));
    todo = todo.filter((task) => !options.given!.has(task.index));
  }
  // With a cache every file is read here anyway (to hash it); misses keep their text.
  const texts = new Map<number, ReadOutcome>();
  if (cache) todo = await timed('cache lookup', () => lookUp(todo, options, cache, keep, texts));

  const threads = threadCount(options.concurrency, todo.length);
  const stats = activeStats();
  if (threads > 1 && options.workerSetup && workersAvailable()) {
    texts.clear(); // workers read their own files
    const setup: WorkerSetup = { ...options.workerSetup, stats: stats !== undefined, cache: cache !== undefined };
    const deferred: Task[] = [];
    const workerStats = await lintWithWorkers(todo, threads - 1, setup, {
      lintHere: (chunk) => lintHere(chunk),
      accept: (outcome) => {
        if ('deferred' in outcome) deferred.push({ index: outcome.index, file: files[outcome.index]! });
        else keep(outcome.index, outcome, true);
      },
    });
    await lintHere(deferred);
    for (const data of workerStats) stats?.merge(data);
    if (stats) stats.threads += workerStats.length;
  } else {
    await lintHere(todo, texts);
  }

  pool.forgetAnalyses();
  timed('project pass setup', () => {
    for (const index of projectOrder(files.length, options.reported ?? files.length)) {
      const outcome = outcomes[index]!;
      outcomes[index] = undefined; // the packed data goes as soon as its documents are built
      pool.addProjectData(files[index]!, outcome.project, outcome.elsewhere);
      if (cache && outcome.content !== undefined && outcome.cached) {
        const { json, counts } = outcome.cached;
        cache.store.set(files[index]!, { content: outcome.content, config: cache.keys.keyFor(files[index]!), result: json, counts, project: outcome.project });
      }
    }
  });
  if (cache) timed('cache write', () => cache.store.save());
  outcomes.length = 0;
  spool.settle();
  spool.addProjectFindings(projectFindings(pool, files));
  return spool;
}

/**
 * The order the project pass sees the files in: the repository's other files (context, not
 * reported) first, then the files asked for. A duplicate id between a file already in the
 * repository and a staged one is then found on the staged one, the file a pre-commit hook
 * reports on. Without context files this is file order.
 */
export function projectOrder(files: number, reported: number): number[] {
  const order: number[] = [];
  for (let index = reported; index < files; index++) order.push(index);
  for (let index = 0; index < reported; index++) order.push(index);
  return order;
}

/** The project pass's findings by file: what it adds to an empty result of every file. */
function projectFindings(pool: LinterPool, files: readonly string[]): Map<string, LintMessage[]> {
  const empty = files.map((filePath): LintResult => ({ filePath, messages: [], errorCount: 0, warningCount: 0 }));
  const found = new Map<string, LintMessage[]>();
  pool.finish(empty).forEach((result, index) => {
    if (result !== empty[index]) found.set(result.filePath, result.messages);
  });
  return found;
}

/** A file's outcome: linted here, taken from the cache, or sent by a worker as JSON. */
type Kept = { result: LintResult; project: ProjectData[]; content?: string } | SentOutcome;
type Keep = (index: number, outcome: Kept, elsewhere: boolean) => void;

/** Fills cache hits into `outcomes`; returns the tasks still to lint (a text in hand never comes from the cache). */
async function lookUp(tasks: readonly Task[], options: FileRunOptions, cache: NonNullable<FileRunOptions['cache']>, keep: Keep, texts: Map<number, ReadOutcome>): Promise<Task[]> {
  const todo: Task[] = [];
  for await (const { position, file, source } of readAhead(tasks.map((task) => task.file), options.cwd, options.maxFileSize)) {
    const index = tasks[position]!.index;
    if (source.ok && !mustStayOnMainThread(source)) {
      const content = hashText(source.text);
      const hit = cache.store.get(file, content, cache.keys.keyFor(file));
      if (hit) {
        keep(index, { index, json: hit.result, counts: hit.counts, project: hit.project }, true);
        continue;
      }
    }
    todo.push({ index, file });
    texts.set(index, source);
  }
  return todo;
}
