/**
 * Naming only files the configuration ignores printed "No problems in 0 files" and nothing
 * else. Now each named file that is ignored gets one stderr line, as in ESLint, while the
 * pre-commit promise holds: an ignored file never changes the exit code or counts toward
 * --max-warnings. And --cache-location without --cache says that it does nothing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, okrFile, run } from '../config/project.js';

// Two objectives share one id: an error if the file were linted.
const BROKEN = `${okrFile(2, 'Legal')}${okrFile(2, 'Legal').split('objectives:\n')[1]}`;

describe('a named file that the configuration ignores', () => {
  it('gets a one-line note on stderr; the exit code stays 0', async () => {
    const root = makeProject({ 'drafts/legal.okr.yaml': BROKEN, '.okrlintignore': 'drafts/\n' });
    const outcome = await run(['drafts/legal.okr.yaml', '--no-config', '--max-warnings', '0'], root);
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toBe('okrlint: "drafts/legal.okr.yaml" is ignored by "ignores" / .okrlintignore, so it was not linted.\n');
  });

  it('beside a linted file: only the ignored one is noted, and only the linted one reported', async () => {
    const root = makeProject({ 'drafts/legal.okr.yaml': BROKEN, 'sales.okr.yaml': okrFile(2, 'Sales'), '.okrlintignore': 'drafts/\n' });
    const outcome = await run(['sales.okr.yaml', 'drafts/legal.okr.yaml', '--no-config', '-f', 'json'], root);
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toBe('okrlint: "drafts/legal.okr.yaml" is ignored by "ignores" / .okrlintignore, so it was not linted.\n');
    expect((JSON.parse(outcome.stdout) as { filePath: string }[]).map((r) => r.filePath)).toEqual([`${root}/sales.okr.yaml`]);
  });

  it('a directory with ignored files in it is not noted (as in ESLint)', async () => {
    const root = makeProject({ 'drafts/legal.okr.yaml': BROKEN, '.okrlintignore': 'drafts/\n' });
    const outcome = await run(['.', '--no-config'], root);
    expect(outcome).toMatchObject({ code: 0, stderr: '' });
  });

  it('without the ignore it is linted and fails: the fixture is really broken', async () => {
    const root = makeProject({ 'drafts/legal.okr.yaml': BROKEN });
    const outcome = await run(['drafts/legal.okr.yaml', '--no-config'], root);
    expect(outcome.code).toBe(1);
  });
});

describe('--cache-location without --cache', () => {
  it('says it has no effect, writes no cache, and keeps the exit code', async () => {
    const root = makeProject({ 'sales.okr.yaml': okrFile(2, 'Sales') });
    const outcome = await run(['sales.okr.yaml', '--no-config', '--cache-location', 'lint-cache'], root);
    expect(outcome).toMatchObject({ code: 0, stderr: 'okrlint: --cache-location has no effect without --cache; add --cache to use the cache.\n' });
    expect(existsSync(join(root, 'lint-cache'))).toBe(false);
  });

  it('with --cache, nothing is said', async () => {
    const root = makeProject({ 'sales.okr.yaml': okrFile(2, 'Sales') });
    const outcome = await run(['sales.okr.yaml', '--no-config', '--cache', '--cache-location', 'lint-cache'], root);
    expect(outcome).toMatchObject({ code: 0, stderr: '' });
  });
});
