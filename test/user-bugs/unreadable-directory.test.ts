/**
 * A directory okrlint cannot read was once dropped without a word: `okrlint okrs` passed with
 * the files under it unlinted, naming the directory said "No OKR files", and naming a file in
 * it said "No such file or directory". Now nothing is lost silently.
 *
 * Permissions only bite a user other than root, so as root the built binary runs as `nobody`
 * (setpriv); the test is skipped only as root without setpriv.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { okrFile } from '../config/project.js';

const bin = fileURLToPath(new URL('../../bin/okrlint.js', import.meta.url));
const isRoot = process.getuid?.() === 0;
const hasSetpriv = spawnSync('setpriv', ['--version']).status === 0;
const asAnotherUser = isRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath];

const root = mkdtempSync(join(tmpdir(), 'okrlint-locked-'));
mkdirSync(join(root, 'okrs', 'vault'), { recursive: true });
writeFileSync(join(root, 'okrs', 'sales.okr.yaml'), okrFile(2, 'Sales'));
writeFileSync(join(root, 'okrs', 'vault', 'board.okr.yaml'), okrFile(2, 'Board'));
chmodSync(root, 0o755);
chmodSync(join(root, 'okrs'), 0o755);
chmodSync(join(root, 'okrs', 'vault'), 0o000);
afterAll(() => {
  chmodSync(join(root, 'okrs', 'vault'), 0o755);
  rmSync(root, { recursive: true, force: true });
});

function okrlint(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const [command, ...rest] = asAnotherUser;
  const child = spawnSync(command!, [...rest, bin, '--no-config', '-f', 'compact', ...args], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: root }, timeout: 30_000 });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

const VAULT_LINE = 'okrlint: Cannot read the directory "okrs/vault": permission denied; its OKR files would be skipped. Fix its permissions, or add it to "ignores" / .okrlintignore.\n';

describe.skipIf(process.platform === 'win32' || (isRoot && !hasSetpriv))('a directory that cannot be read', () => {
  it('under a linted directory: one line naming it, exit 2', () => {
    expect(okrlint(['okrs'])).toEqual({ code: 2, stdout: '', stderr: VAULT_LINE });
  });

  it('named itself: permission denied, not "No OKR files"', () => {
    expect(okrlint(['okrs/vault'])).toEqual({ code: 2, stdout: '', stderr: VAULT_LINE });
  });

  it('reached by a glob: the same line', () => {
    expect(okrlint(['okrs/*/*.okr.yaml'])).toMatchObject({ code: 2, stderr: VAULT_LINE });
  });

  it('a file named inside it: file/unreadable with permission denied, not "No such file"', () => {
    const outcome = okrlint(['okrs/vault/board.okr.yaml']);
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toContain('okrs/vault/board.okr.yaml:1:1: error Cannot read "okrs/vault/board.okr.yaml": permission denied; check the file\'s permissions. [file/unreadable]');
    expect(outcome.stderr).not.toMatch(/No such file/);
  });

  it('ignored by .okrlintignore: nothing would be linted in it, so the rest is linted as usual', () => {
    writeFileSync(join(root, '.okrlintignore'), 'vault/\n');
    try {
      const outcome = okrlint(['okrs']);
      expect(outcome).toMatchObject({ code: 0, stderr: '' });
    } finally {
      rmSync(join(root, '.okrlintignore'));
    }
  });

  it('ignored only in part (its *.okr.yaml files, not its .okr.yml files or subfolders): still one line, exit 2', () => {
    // Found by a second user trial: the files the pattern leaves were dropped silently.
    for (const pattern of ['okrs/vault/*.okr.yaml\n', '*.okr.yaml\n']) {
      writeFileSync(join(root, '.okrlintignore'), pattern);
      try {
        expect(okrlint(['okrs'])).toMatchObject({ code: 2, stderr: VAULT_LINE });
      } finally {
        rmSync(join(root, '.okrlintignore'));
      }
    }
  });
});
