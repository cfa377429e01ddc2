/**
 * What the command-line process does when the world around it fails: standard output
 * closed early (`okrlint | head -1`), Ctrl-C, or an error that escaped every handler.
 * Only bin/okrlint.js installs these; the library never touches the process.
 *
 * - EPIPE on stdout: output stops quietly, the run finishes, the exit code is the lint's.
 * - SIGINT / SIGTERM: temporary report files are removed, one line goes to stderr, and the
 *   process exits with 130 / 143 (128 + signal number, the shell convention). These codes
 *   are not lint outcomes (0, 1, 2): they say the run did not finish.
 * - Standard output that cannot be written (a full disk, /dev/full, an I/O error): one line
 *   naming the problem and what to do, exit 2; the environment is at fault, not okrlint.
 * - An uncaught error: one line on stderr (the stack only with OKRLINT_DEBUG), exit 2.
 */
import type { EventEmitter } from 'node:events';
import { discardPendingWrites } from './atomic-write.js';

interface Stream extends EventEmitter {
  write(text: string): boolean;
}

/** The part of `process` the guards use, so tests can hand in their own. */
export interface GuardedProcess extends EventEmitter {
  stdout: Stream;
  stderr: Stream;
  env: Record<string, string | undefined>;
  exitCode?: number | string | undefined;
  exit(code?: number): never;
}

export const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/** Codes a closed pipe shows up as: the first write fails with EPIPE, later ones find the stream gone. */
const CLOSED_PIPE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/** Write failures caused by the machine, not by okrlint, and how to say them. */
const OUTPUT_PROBLEMS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EIO: 'an input/output error on the device',
  EFBIG: 'the output is larger than the file system allows',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EAGAIN: 'the output is not accepting data (a non-blocking pipe is full)',
};

export function guardProcess(proc: GuardedProcess): void {
  proc.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (CLOSED_PIPE.has(error.code ?? '')) return;
    const problem = OUTPUT_PROBLEMS[error.code ?? ''];
    if (problem) {
      discardPendingWrites();
      safeWrite(proc.stderr, `okrlint: cannot write to standard output: ${problem}. Send the output somewhere that can take it (e.g. -o report.txt on another disk).\n`);
      proc.exit(2);
      return;
    }
    failInternally(proc, `cannot write to standard output: ${error.message}`);
  });
  proc.stderr.on('error', () => {
    // Nowhere left to say anything; the exit code still tells.
  });
  for (const signal of Object.keys(SIGNAL_EXIT_CODES) as (keyof typeof SIGNAL_EXIT_CODES)[]) {
    proc.once(signal, () => {
      discardPendingWrites();
      safeWrite(proc.stderr, `okrlint: interrupted by ${signal} before the run finished.\n`);
      proc.exit(SIGNAL_EXIT_CODES[signal]);
    });
  }
  proc.on('uncaughtException', (error: Error) => failInternally(proc, error?.message ?? String(error), error));
  proc.on('unhandledRejection', (reason: unknown) => failInternally(proc, reason instanceof Error ? reason.message : String(reason), reason));
}

function failInternally(proc: GuardedProcess, message: string, error?: unknown): void {
  discardPendingWrites();
  safeWrite(proc.stderr, `okrlint: internal error: ${String(message).split('\n')[0]}. Please report it with the input that caused it.\n`);
  if (proc.env.OKRLINT_DEBUG && error instanceof Error && error.stack) safeWrite(proc.stderr, `${error.stack}\n`);
  proc.exit(2);
}

function safeWrite(stream: Stream, text: string): void {
  try {
    stream.write(text);
  } catch {
    // stderr itself is gone.
  }
}
