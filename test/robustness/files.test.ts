/**
 * Environment faults and odd files (issue 7, points 1 and 2), through the API: every file
 * that cannot be linted becomes one file-level message, and the other files are linted.
 * `incomplete` marks the files okrlint could not read at all (the CLI exits 2 for them).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintFiles, type LintResult } from '../../src/api.js';
import { discoverFiles } from '../../src/files/discover.js';
import { decodeSource, readErrorMessage, readSource } from '../../src/files/read.js';
import { parseSize } from '../../src/files/size.js';

const GOOD = 'period: 2027-Q2\nteam: Billing\nobjectives: []\n';
const isRoot = process.getuid?.() === 0;
const canMakeFifo = process.platform !== 'win32';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'okrlint-files-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fresh(name: string): string {
  const sub = join(dir, name);
  mkdirSync(sub, { recursive: true });
  return sub;
}

function messagesOf(results: LintResult[], file: string) {
  return results.find((r) => r.filePath.endsWith(file))?.messages ?? [];
}

describe('file contents', () => {
  it.each([
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), 'file/binary'],
    ['UTF-16', Buffer.from('\uFEFFperiod: x', 'utf16le'), 'file/encoding'],
    ['invalid UTF-8', Buffer.concat([Buffer.from('period: 2027\nteam: caf'), Buffer.from([0xe9, 0x0a])]), 'file/encoding'],
  ])('%s is one %s error', (_name, bytes, ruleId) => {
    const outcome = decodeSource(bytes);
    expect(outcome).toMatchObject({ ok: false, ruleId });
  });

  it('points at the line of the first invalid UTF-8 byte', () => {
    const outcome = decodeSource(Buffer.concat([Buffer.from('a: 1\nb: 2\nc: '), Buffer.from([0xff])]));
    expect(outcome.ok === false && outcome.message).toContain('line 3');
  });

  // User trial: a 1,100,044-byte file read "is 1 MB, over the 1 MB limit".
  it.each([
    [1_100_044, 1024 ** 2, 'is 1.05 MB, over the 1 MB limit'],
    [1_100_044, 1024 ** 2 + 1, 'is 1.05 MB, over the 1 MB limit'],
    [1024 ** 2 + 2, 1024 ** 2 + 1, 'is 1,048,578 bytes, over the 1,048,577 bytes limit'],
    [2200, 2048, 'is 2.1 KB, over the 2 KB limit'],
  ])('shows a size of %i bytes so it visibly exceeds a limit of %i', async (size, limit, shown) => {
    const sub = fresh(`sized-${size}-${limit}`);
    writeFileSync(join(sub, 'big.okr.yaml'), `${GOOD}#${'x'.repeat(size - GOOD.length - 2)}\n`);
    const [big] = messagesOf(await lintFiles(['.'], { cwd: sub, maxFileSize: limit }), 'big.okr.yaml');
    expect(big?.message).toContain(shown);
  });

  it('a file over the size limit is file/too-large with the sizes and the option to raise it, and is not read', async () => {
    const sub = fresh('large');
    writeFileSync(join(sub, 'big.okr.yaml'), `${GOOD}# ${'x'.repeat(5000)}\n`);
    writeFileSync(join(sub, 'small.okr.yaml'), GOOD);
    const results = await lintFiles(['.'], { cwd: sub, maxFileSize: 2048 });
    const [big] = messagesOf(results, 'big.okr.yaml');
    expect(big).toMatchObject({ ruleId: 'file/too-large', severity: 2, line: 1 });
    expect(big!.message).toMatch(/is 4\.\d KB, over the 2 KB limit.*--max-file-size/);
    expect(big!.incomplete).toBeUndefined();
    expect(messagesOf(results, 'small.okr.yaml').filter((m) => m.ruleId?.startsWith('file/'))).toEqual([]);
  });

  it.each([
    ['500k', 500 * 1024],
    ['2MB', 2 * 1024 * 1024],
    ['1.5 mb', 1.5 * 1024 * 1024],
    ['4096', 4096],
  ])('--max-file-size %s is %i bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each(['', 'lots', '-1', '0', '12 parsecs'])('--max-file-size "%s" is a one-line fatal error', (text) => {
    expect(() => parseSize(text)).toThrow(/^--max-file-size (expects|must)/);
  });
});

describe('environment faults', () => {
  it('a symlink loop under a linted directory does not trap the walk', async () => {
    const sub = fresh('loop');
    writeFileSync(join(sub, 'team.okr.yaml'), GOOD);
    symlinkSync('.', join(sub, 'again'));
    symlinkSync('self.okr.yaml', join(sub, 'self.okr.yaml'));
    const started = performance.now();
    const results = await lintFiles(['.'], { cwd: sub });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(results.map((r) => r.filePath)).toEqual([join(sub, 'team.okr.yaml')]);
  });

  it('a symlink loop named explicitly is a one-line fatal error', async () => {
    const sub = fresh('loop-explicit');
    symlinkSync('me.okr.yaml', join(sub, 'me.okr.yaml'));
    await expect(lintFiles(['me.okr.yaml'], { cwd: sub })).rejects.toThrow(/"me\.okr\.yaml" is a symbolic link loop/);
  });

  it('a file deleted between discovery and reading is file/unreadable, marked incomplete', async () => {
    const sub = fresh('vanish');
    writeFileSync(join(sub, 'gone.okr.yaml'), GOOD);
    const [found] = await discoverFiles(['.'], { cwd: sub });
    unlinkSync(found!);
    const outcome = await readSource(found!, 'gone.okr.yaml');
    expect(outcome).toMatchObject({ ok: false, ruleId: 'file/unreadable', incomplete: true });
    expect(outcome.ok === false && outcome.message).toMatch(/deleted or moved after okrlint found it/);
  });

  it.skipIf(!canMakeFifo)('a FIFO is reported at once, never waited on, and the other files are linted', async () => {
    const sub = fresh('fifo');
    writeFileSync(join(sub, 'team.okr.yaml'), GOOD);
    execFileSync('mkfifo', [join(sub, 'pipe.okr.yaml')]);
    const started = performance.now();
    const results = await lintFiles(['team.okr.yaml', 'pipe.okr.yaml'], { cwd: sub });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(messagesOf(results, 'pipe.okr.yaml')).toMatchObject([{ ruleId: 'file/unreadable', incomplete: true, severity: 2 }]);
    expect(messagesOf(results, 'pipe.okr.yaml')[0]!.message).toMatch(/named pipe \(FIFO\), not a regular file/);
    // Linted as usual: its empty objectives list is the one finding.
    expect(messagesOf(results, 'team.okr.yaml').map((m) => m.ruleId)).toEqual(['objective-count']);
  });

  it.skipIf(process.platform === 'win32')('a device is reported, not read', async () => {
    const outcome = await readSource('/dev/zero', '/dev/zero');
    expect(outcome).toMatchObject({ ok: false, ruleId: 'file/unreadable' });
    expect(outcome.ok === false && outcome.message).toMatch(/a device, not a regular file/);
  });

  it.skipIf(isRoot)('a file without read permission is file/unreadable (not as root: root reads anyway)', async () => {
    const sub = fresh('perm');
    const file = join(sub, 'locked.okr.yaml');
    writeFileSync(file, GOOD);
    chmodSync(file, 0o000);
    const outcome = await readSource(file, 'locked.okr.yaml');
    expect(outcome).toMatchObject({ ok: false, ruleId: 'file/unreadable', incomplete: true });
    expect(outcome.ok === false && outcome.message).toMatch(/permission denied/);
  });

  it('permission errors have their own message (simulated: tests may run as root, where chmod 000 does not stop reads)', () => {
    const denied = Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' });
    expect(readErrorMessage(denied, 'locked.okr.yaml')).toBe('Cannot read "locked.okr.yaml": permission denied; check the file\'s permissions.');
  });
});
