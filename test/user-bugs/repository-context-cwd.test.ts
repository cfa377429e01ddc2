/**
 * Found by a user trial: the cross-file context came from the working directory's repository,
 * not the linted file's; a folder saw less than a named file; --stdin skipped ignores and the
 * size limit. Each linted file is judged against its own repository, wherever okrlint runs.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';

const parent = (id: string) => `period: 2027-Q1
team: Company
objectives:
  - id: ${id}
    title: Win back the customers we lost last year
    key_results:
      - Cut monthly logo churn from 3.1% to 2.0%
      - Lift net revenue retention from 98% to 106%
      - Raise renewal CSAT from 3.8 to 4.3 out of 5
`;
const child = (alignsTo: string, id = 'support-first-reply') => `period: 2027-Q1
team: Support
objectives:
  - id: ${id}
    title: Answer customers fast enough that they stay
    aligns_to: ${alignsTo}
    key_results:
      - Cut median first-reply time from 9 hours to 2 hours
      - Raise ticket CSAT from 4.1 to 4.6 out of 5
      - Lower reopened tickets from 14% to 8%
`;

let base: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'okrlint-ctx-'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

/** A folder with a .git marker and the given files (paths relative to it). */
function repository(name: string, files: Record<string, string>): string {
  const root = join(base, name);
  mkdirSync(join(root, '.git'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function run(args: string[], cwd: string, stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), cwd, env: {}, stdoutIsTTY: false, readStdin: async () => new TextEncoder().encode(stdin ?? '') };
  const code = await main([...args, '-f', 'compact'], io);
  return { code, stdout, stderr };
}

describe('the context comes from the repository of each linted file', () => {
  it('resolves aligns_to when okrlint runs outside the repository', async () => {
    repository('north', { 'okrs/company.okr.yaml': parent('north-retention'), 'okrs/support.okr.yaml': child('north-retention') });
    expect(await run(['--no-config', 'north/okrs/support.okr.yaml'], base)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  // The working directory's repository holds a copy of the linted file: it must not be compared with it.
  it('does not compare a file with a copy of it in the working directory repository', async () => {
    const north = repository('north', { 'okrs/company.okr.yaml': parent('north-retention') });
    const south = repository('south', { 'okrs/company.okr.yaml': parent('north-retention') });
    const named = await run(['--no-config', join(north, 'okrs/company.okr.yaml')], south);
    expect(named).toEqual({ code: 0, stdout: '', stderr: '' });
    const piped = await run(['--no-config', '--stdin', '--stdin-filename', join(north, 'okrs/company.okr.yaml')], south, parent('north-retention'));
    expect(piped).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('gives files from two repositories each their own context', async () => {
    repository('north', { 'okrs/company.okr.yaml': parent('north-retention'), 'okrs/support.okr.yaml': child('north-retention') });
    repository('south', { 'okrs/company.okr.yaml': parent('south-retention'), 'okrs/support.okr.yaml': child('north-retention') });
    const { code, stdout } = await run(['--no-config', 'north/okrs/support.okr.yaml', 'south/okrs/support.okr.yaml'], base);
    expect(stdout.trim().split('\n')).toEqual([
      'south/okrs/support.okr.yaml:6:16: error aligns_to names "north-retention", but no objective in the linted files has that id. [objective-unaligned]',
      '',
      '1 problem (1 error, 0 warnings)',
    ]);
    expect(code).toBe(1);
  });
});

describe('a folder inside a repository sees the rest of the repository, like a named file', () => {
  it('resolves aligns_to into a file outside the folder and reports only the folder', async () => {
    const root = repository('north', { 'okrs/company.okr.yaml': parent('north-retention'), 'okrs/teams/support.okr.yaml': child('north-retention'), 'okrs/teams/help.okr.yaml': child('north-retenton', 'help-center-deflection') });
    const inFolder = await run(['--no-config'], join(root, 'okrs', 'teams'));
    const named = await run(['--no-config', 'help.okr.yaml', 'support.okr.yaml'], join(root, 'okrs', 'teams'));
    expect(inFolder.stdout).toContain('help.okr.yaml:6:16: error aligns_to names "north-retenton"');
    expect(inFolder.stdout).toContain('1 problem (1 error, 0 warnings)');
    expect(inFolder).toEqual(named);
  });
});

const noisy = `period: 2027-Q1\nteam: Archive\nobjectives:\n  - id: old\n    title: Do things\n    key_results:\n      - Improve stuff\n`;

describe('context files are read for the cross-file checks only', () => {
  // Context files are modelled, not linted in full: that partial result must never be cached as theirs.
  it('lints a file in full when it is named after serving as context, with --cache', async () => {
    const root = repository('north', { 'okrs/company.okr.yaml': parent('north-retention'), 'okrs/support.okr.yaml': child('north-retention'), 'okrs/old.okr.yaml': noisy });
    expect(await run(['--no-config', '--cache', 'okrs/support.okr.yaml'], root)).toEqual({ code: 0, stdout: '', stderr: '' });
    const named = await run(['--no-config', '--cache', 'okrs/old.okr.yaml'], root);
    expect(named.stdout).toContain('okrs/old.okr.yaml:7:9: warning');
    expect(named).toEqual(await run(['--no-config', 'okrs/old.okr.yaml'], root));
  });
});

describe('standard input named by --stdin-filename is linted like the named file', () => {
  it.each([
    ['ignores in the configuration', { '.okrlintrc.json': '{ "ignores": ["okrs/archive/**"] }' }],
    ['.okrlintignore', { '.okrlintignore': 'okrs/archive/\n' }],
  ])('skips a file matched by %s, with the same note', async (_, config) => {
    const root = repository('north', { ...config, 'okrs/archive/old.okr.yaml': noisy });
    const note = 'okrlint: "okrs/archive/old.okr.yaml" is ignored by "ignores" / .okrlintignore, so it was not linted.\n';
    expect(await run(['okrs/archive/old.okr.yaml'], root)).toEqual({ code: 0, stdout: '', stderr: note });
    expect(await run(['--stdin', '--stdin-filename', 'okrs/archive/old.okr.yaml'], root, noisy)).toEqual({ code: 0, stdout: '', stderr: note });
  });

  it('holds piped text to --max-file-size', async () => {
    const root = repository('north', { 'okrs/company.okr.yaml': parent('north-retention') });
    const text = `${parent('north-retention')}# ${'padding '.repeat(200)}\n`;
    writeFileSync(join(root, 'okrs', 'big.okr.yaml'), text);
    const tooLarge = 'okrs/big.okr.yaml:1:1: error "okrs/big.okr.yaml" is 1.8 KB, over the 1 KB limit for one OKR file; split it, or raise the limit with --max-file-size. [file/too-large]';
    const named = await run(['--no-config', '--max-file-size', '1k', 'okrs/big.okr.yaml'], root);
    const piped = await run(['--no-config', '--max-file-size', '1k', '--stdin', '--stdin-filename', 'okrs/big.okr.yaml'], root, text);
    expect(named.stdout).toContain(tooLarge);
    expect(piped).toEqual(named);
    const unnamed = await run(['--no-config', '--max-file-size', '1k', '--stdin'], root, text);
    expect([unnamed.code, unnamed.stdout]).toEqual([1, expect.stringContaining('<stdin>:1:1: error "<stdin>" is 1.8 KB, over the 1 KB limit')]);
  });
});

// Found by a second user trial: a "current quarter" symlink and a vendored repository.
describe('the context never holds the linted file twice nor another repository', () => {
  it('does not compare a file reached through a symlinked folder with itself', async () => {
    const root = repository('linked', { 'okrs/2027-q1/company.okr.yaml': parent('co-retention'), 'okrs/2027-q1/support.okr.yaml': child('co-retention') });
    symlinkSync('2027-q1', join(root, 'okrs/current'));
    const named = await run(['--no-config', 'okrs/current/support.okr.yaml'], root);
    expect(named.stdout).not.toContain('objective-duplicate-id');
    expect(named.code).toBe(0);
    const folder = await run(['--no-config', 'okrs/current'], root);
    expect(folder.stdout).not.toContain('objective-duplicate-id');
    expect(folder.code).toBe(0);
  });

  it('leaves a repository nested inside another out of the outer one’s context', async () => {
    const root = repository('outer', { 'okrs/company.okr.yaml': parent('co-retention'), 'okrs/support.okr.yaml': child('co-retention') });
    mkdirSync(join(root, 'vendor/kit/.git'), { recursive: true });
    writeFileSync(join(root, 'vendor/kit/support.okr.yaml'), child('co-retention'));
    const { code, stdout } = await run(['--no-config', 'okrs/support.okr.yaml'], root);
    expect(stdout).not.toContain('objective-duplicate-id');
    expect(code).toBe(0);
    // The reverse: an id defined only in the nested repository does not resolve an outer aligns_to.
    writeFileSync(join(root, 'vendor/kit/platform.okr.yaml'), parent('kit-only'));
    writeFileSync(join(root, 'okrs/support.okr.yaml'), child('kit-only'));
    const unresolved = await run(['--no-config', 'okrs/support.okr.yaml'], root);
    expect(unresolved.stdout).toContain('aligns_to names "kit-only"');
  });
});

describe('--stdin-filename naming a folder', () => {
  it('is a fatal one-line error, not a file compared with the folder’s files', async () => {
    const root = repository('named-folder', { 'okrs/teams/support.okr.yaml': child('co-retention'), 'okrs/company.okr.yaml': parent('co-retention') });
    const { code, stdout, stderr } = await run(['--no-config', '--stdin', '--stdin-filename', 'okrs/teams'], root, child('co-retention'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('okrlint: --stdin-filename "okrs/teams" is a directory; give the path of the file the piped text stands for.\n');
  });
});
