/** Messages between the main thread and lint worker threads; everything here is cloneable. */
import type { ProjectData } from '../cache/positions.js';
import type { LintResult } from '../rule-kit/types.js';
import type { PresetName, RulesConfig } from '../config/rules.js';
import type { PhaseData } from '../stats/timer.js';
import type { ResultCounts } from './result-spool.js';

/** What a worker needs to resolve the same configuration as the main thread. */
export interface WorkerSetup {
  cwd: string;
  config: string | false;
  preset?: PresetName;
  rules?: RulesConfig;
  reportUnusedDisableDirectives?: boolean | 'off' | 'warn' | 'error';
  maxFileSize?: number;
  stats: boolean;
  /** Return each file's content hash for the cache. */
  cache: boolean;
}

/** One linted file. `project` is the file's input to the project pass. */
export interface FileOutcome {
  index: number;
  result: LintResult;
  project: ProjectData[];
  /** Hash of the text, when the file could be read (for the cache). */
  content?: string;
}

/**
 * A file linted by a worker thread: the result as JSON (one string crosses threads far more
 * cheaply than the objects, and a large run packs it as it is), with the counts the run needs.
 */
export interface SentOutcome {
  index: number;
  json: string;
  counts: ResultCounts;
  project: ProjectData[];
  content?: string;
}

/** A worker hands back files it must not lint itself (see mustStayOnMainThread). */
export type WorkerOutcome = SentOutcome | { index: number; deferred: true };

export type ToWorker = { type: 'lint'; tasks: { index: number; file: string }[] } | { type: 'finish' };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'linted'; outcomes: WorkerOutcome[] }
  | { type: 'finished'; stats?: PhaseData }
  | { type: 'failed'; message: string };
