/**
 * The process-level guards bin/okrlint.js installs, driven in-process with a stand-in for
 * `process` (the end-to-end versions are in cli-faults.test.ts).
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discardPendingWrites, refuseProtectedTargets, writeFileAtomic } from '../../src/util/atomic-write.js';
import { guardProcess, type GuardedProcess } from '../../src/util/process-guards.js';

class Exit extends Error {
  constructor(readonly code: number | undefined) {
    super(`exit ${code}`);
  }
}

function fakeProcess(env: Record<string, string> = {}) {
  const stderr: string[] = [];
  const proc = Object.assign(new EventEmitter(), {
    stdout: Object.assign(new EventEmitter(), { write: () => true }),
    stderr: Object.assign(new EventEmitter(), { write: (text: string) => (stderr.push(text), true) }),
    env,
    exit: (code?: number): never => {
      throw new Exit(code);
    },
  });
  guardProcess(proc as unknown as GuardedProcess);
  return { proc, stderr };
}

function exitCodeOf(action: () => void): number | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof Exit) return error.code;
    throw error;
  }
  return undefined;
}

const errno = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('guardProcess', () => {
  it('ignores a closed pipe on stdout: no message, no exit', () => {
    const { proc, stderr } = fakeProcess();
    for (const code of ['EPIPE', 'ERR_STREAM_DESTROYED']) {
      expect(exitCodeOf(() => proc.stdout.emit('error', errno(code)))).toBeUndefined();
    }
    expect(stderr).toEqual([]);
  });

  it.each([
    ['ENOSPC', 'no space left on the device'],
    ['EIO', 'an input/output error on the device'],
  ])('a stdout %s is the environment, not a bug: one line saying what to do, exit 2', (code, problem) => {
    const { proc, stderr } = fakeProcess();
    expect(exitCodeOf(() => proc.stdout.emit('error', errno(code, `${code}: write`)))).toBe(2);
    expect(stderr).toEqual([`okrlint: cannot write to standard output: ${problem}. Send the output somewhere that can take it (e.g. -o report.txt on another disk).\n`]);
  });

  it('any other stdout error is one line and exit 2', () => {
    const { proc, stderr } = fakeProcess();
    expect(exitCodeOf(() => proc.stdout.emit('error', errno('EBADF', 'EBADF: bad file descriptor, write')))).toBe(2);
    expect(stderr).toEqual(['okrlint: internal error: cannot write to standard output: EBADF: bad file descriptor, write. Please report it with the input that caused it.\n']);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ])('%s exits with %i after one line', (signal, code) => {
    const { proc, stderr } = fakeProcess();
    expect(exitCodeOf(() => proc.emit(signal))).toBe(code);
    expect(stderr).toEqual([`okrlint: interrupted by ${signal} before the run finished.\n`]);
  });

  it('an uncaught error is one line without a stack, exit 2; the stack only with OKRLINT_DEBUG', () => {
    const quiet = fakeProcess();
    expect(exitCodeOf(() => quiet.proc.emit('uncaughtException', new Error('boom\nmore')))).toBe(2);
    expect(quiet.stderr).toEqual(['okrlint: internal error: boom. Please report it with the input that caused it.\n']);
    const debug = fakeProcess({ OKRLINT_DEBUG: '1' });
    expect(exitCodeOf(() => debug.proc.emit('unhandledRejection', new Error('late')))).toBe(2);
    expect(debug.stderr[1]).toMatch(/^Error: late\n\s+at /);
  });
});

describe('atomic writes', () => {
  it('write whole files and leave no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'okrlint-atomic-'));
    try {
      await writeFileAtomic(join(dir, 'deep', 'report.txt'), 'one');
      await writeFileAtomic(join(dir, 'deep', 'report.txt'), 'two');
      expect(readdirSync(join(dir, 'deep'))).toEqual(['report.txt']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a write interrupted by the SIGINT cleanup leaves a whole file (old or new) and no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'okrlint-atomic-'));
    const big = 'x'.repeat(20_000_000);
    try {
      await writeFileAtomic(join(dir, 'report.txt'), 'old');
      const pending = writeFileAtomic(join(dir, 'report.txt'), big);
      // Wait until the temporary file exists, then do what the SIGINT handler does.
      for (let i = 0; i < 1000 && !readdirSync(dir).some((f) => f.endsWith('.tmp')); i++) await new Promise((r) => setImmediate(r));
      discardPendingWrites();
      await pending.catch(() => undefined);
      expect(readdirSync(dir)).toEqual(['report.txt']);
      expect(['old', big]).toContain(readFileSync(join(dir, 'report.txt'), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuse a target that is a linted file', () => {
    expect(() => refuseProtectedTargets(['./a/../team.okr.yaml'], ['team.okr.yaml'])).toThrow(/Refusing to write to ".\/a\/..\/team.okr.yaml": it is one of the files being linted/);
    expect(() => refuseProtectedTargets(['report.txt'], ['team.okr.yaml'])).not.toThrow();
  });
});
