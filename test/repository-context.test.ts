/** A pre-commit hook lints staged files only; references into unstaged files must still resolve. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lintFiles } from '../src/api.js';
import { main } from '../src/cli.js';

const company = `period: 2027-Q3
team: Company
objectives:
  - id: keep-customers
    title: Keep the customers we win
    key_results:
      - Cut logo churn from 2.4% to 1.6% a month
      - Lift net revenue retention from 104% to 110%
      - Raise renewal CSAT from 4.0 to 4.4 out of 5
`;
const team = (alignsTo: string) => `period: 2027-Q3
team: Mobile
objectives:
  - id: mobile-retention
    title: Make the app a daily habit for returning customers
    aligns_to: ${alignsTo}
    key_results:
      - Raise day-30 retention from 22% to 30%
      - Cut crash rate per session from 0.8% to 0.3%
      - Grow weekly active users from 41,000 to 50,000
`;

let repo: string;
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'okrlint-repo-'));
  mkdirSync(join(repo, '.git'));
  mkdirSync(join(repo, 'okrs'));
  writeFileSync(join(repo, 'okrs', 'company.okr.yaml'), company);
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

const unaligned = async (file: string, options = {}) =>
  (await lintFiles([file], { cwd: repo, config: false, ...options })).flatMap((r) => r.messages).filter((m) => m.ruleId === 'objective-unaligned');

describe('linting one staged file', () => {
  it('resolves aligns_to against the other OKR files of the repository', async () => {
    writeFileSync(join(repo, 'okrs', 'mobile.okr.yaml'), team('keep-customers'));
    expect(await unaligned('okrs/mobile.okr.yaml')).toEqual([]);
  });

  it('still reports a reference that exists nowhere in the repository', async () => {
    writeFileSync(join(repo, 'okrs', 'mobile.okr.yaml'), team('keep-custmers'));
    const found = await unaligned('okrs/mobile.okr.yaml');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('keep-custmers');
  });

  it('reports only the files it was given', async () => {
    writeFileSync(join(repo, 'okrs', 'mobile.okr.yaml'), team('keep-customers'));
    const results = await lintFiles(['okrs/mobile.okr.yaml'], { cwd: repo, config: false });
    expect(results.map((r) => r.filePath)).toEqual([join(repo, 'okrs', 'mobile.okr.yaml')]);
  });

  it('can be limited to the named files', async () => {
    writeFileSync(join(repo, 'okrs', 'mobile.okr.yaml'), team('keep-customers'));
    expect(await unaligned('okrs/mobile.okr.yaml', { repositoryContext: false })).toHaveLength(1);
  });

  // The hook lints the new file; the file already in the repository is only context, so the
  // duplicate must be found on the new file whichever sorts first.
  it.each(['aa-copy.okr.yaml', 'zz-copy.okr.yaml'])('reports an id the staged file %s reuses from a file already in the repository', async (name) => {
    writeFileSync(join(repo, 'okrs', name), company);
    const results = await lintFiles([`okrs/${name}`], { cwd: repo, config: false });
    const duplicates = results.flatMap((r) => r.messages).filter((m) => m.ruleId === 'objective-duplicate-id');
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]!.message).toContain('"keep-customers" is already used by "Keep the customers we win" (okrs/company.okr.yaml, line 4)');
  });
});

/** `okrlint --stdin --stdin-filename <name>` in the repository, as pre-commit tools pipe staged content. */
async function lintPiped(text: string, name: string, extra: string[] = []): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: () => {}, cwd: repo, env: {}, stdoutIsTTY: false, readStdin: async () => new TextEncoder().encode(text) };
  const code = await main(['--stdin', '--stdin-filename', name, '--no-config', '-f', 'compact', ...extra], io);
  return { code, stdout };
}

describe('linting staged content piped to standard input', () => {
  it('resolves aligns_to against the repository, like the named file', async () => {
    const { code, stdout } = await lintPiped(team('keep-customers'), 'okrs/mobile.okr.yaml');
    expect(stdout).not.toContain('objective-unaligned');
    expect(code).toBe(0);
  });

  it('still reports a reference that exists nowhere in the repository', async () => {
    const { code, stdout } = await lintPiped(team('keep-custmers'), 'okrs/mobile.okr.yaml');
    expect(stdout).toContain('okrs/mobile.okr.yaml:6:16: error aligns_to names "keep-custmers"');
    expect(code).toBe(1);
  });

  it('judges the piped text, not the copy on disk, and reports only the piped file', async () => {
    writeFileSync(join(repo, 'okrs', 'mobile.okr.yaml'), team('keep-custmers'));
    const { stdout } = await lintPiped(company, 'okrs/mobile.okr.yaml');
    expect(stdout).toContain('okrs/mobile.okr.yaml:4:9: error Objective id "keep-customers" is already used by "Keep the customers we win" (okrs/company.okr.yaml, line 4)');
    expect(stdout).not.toContain('keep-custmers');
    expect(stdout.match(/^okrs\/\S+:\d+/gm)?.every((line) => line.startsWith('okrs/mobile.okr.yaml:'))).toBe(true);
  });

  // The copy on disk is in the cache from an earlier run; the piped text differs from it.
  it('with --cache, judges the piped text, not the cached result of the copy on disk', async () => {
    writeFileSync(join(repo, 'okrs', 'mobile.okr.yaml'), team('keep-customers'));
    expect(await lintFiles(['okrs'], { cwd: repo, config: false, cache: true })).toHaveLength(2);
    const piped = await lintPiped(team('keep-custmers'), 'okrs/mobile.okr.yaml', ['--cache']);
    expect(piped.stdout).toContain('okrs/mobile.okr.yaml:6:16: error aligns_to names "keep-custmers"');
    expect(piped.code).toBe(1);
    const again = await lintPiped(team('keep-customers'), 'okrs/mobile.okr.yaml', ['--cache']);
    expect([again.code, again.stdout]).toEqual([0, '']);
  });
});
