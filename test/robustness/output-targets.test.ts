/** Reports written to something other than a plain file: links, pipes and devices are kept. */
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/util/atomic-write.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'okrlint-out-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('report targets', () => {
  it('writes through a symlink to the file it points at, leaving the link in place', async () => {
    writeFileSync(join(dir, 'real.json'), 'old');
    symlinkSync(join(dir, 'real.json'), join(dir, 'link.json'));
    await writeFileAtomic(join(dir, 'link.json'), 'new report');
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.json'), 'utf8')).toBe('new report');
  });

  it('writes into a named pipe instead of replacing it', async () => {
    const fifo = join(dir, 'report.fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = import('node:fs/promises').then((fs) => fs.readFile(fifo, 'utf8'));
    await writeFileAtomic(fifo, 'through the pipe');
    expect(await reader).toBe('through the pipe');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('writes to a character device without replacing it', async () => {
    await writeFileAtomic('/dev/null', 'discarded');
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('refuses a directory and a dangling symlink with one clear line', async () => {
    mkdirSync(join(dir, 'reports'));
    await expect(writeFileAtomic(join(dir, 'reports'), 'x')).rejects.toThrow(/is a directory/);
    symlinkSync(join(dir, 'missing', 'target.json'), join(dir, 'dangling.json'));
    await expect(writeFileAtomic(join(dir, 'dangling.json'), 'x')).rejects.toThrow(/symbolic link to a path that does not exist/);
  });
});
