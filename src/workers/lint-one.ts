/** Lints one file that has been read: the same steps on the main thread and in a worker. */
import { hashText } from '../cache/store.js';
import type { LinterPool } from '../config/linter-pool.js';
import { toResult } from '../engine/messages.js';
import { readFailureMessage, type ReadOutcome } from '../files/read.js';
import type { FileOutcome } from './protocol.js';

/**
 * Files with okrlint- comments stay on the main thread and out of the cache: their directives
 * also filter project findings, which only the main thread's linter can do.
 */
export const DIRECTIVE_MARKER = 'okrlint-';

/** `modelOnly`: a context file, read only for the project pass (see Linter.lintText). */
export function lintSource(pool: LinterPool, index: number, file: string, source: ReadOutcome, withHash: boolean, modelOnly = false): FileOutcome {
  if (!source.ok) return { index, result: toResult(file, [readFailureMessage(source)]), project: [] };
  const result = pool.linterFor(file).lintText(source.text, file, modelOnly);
  return { index, result, project: pool.takeProjectData(), ...(withHash ? { content: hashText(source.text) } : {}) };
}

export function mustStayOnMainThread(source: ReadOutcome): boolean {
  return source.ok && source.text.includes(DIRECTIVE_MARKER);
}
