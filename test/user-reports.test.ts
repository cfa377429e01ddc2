/** Problems a first-time user ran into, each checked through the command line as they saw it. */
import { describe, expect, it } from 'vitest';
import { makeProject, okrFile, run } from './config/project.js';

describe('empty YAML documents', () => {
  it('skips a trailing "---" and a comment-only document silently', async () => {
    const root = makeProject({
      'ops.okr.yaml': `${okrFile(3, 'Ops')}---\n`,
      'two.okr.yaml': `${okrFile(3, 'Billing')}---\n# the next quarter goes here once it is agreed\n---\n${okrFile(3, 'Ledger')}`,
    });
    const outcome = await run(['--format', 'json', '.'], root);
    expect(outcome.code).toBe(0);
    const results = JSON.parse(outcome.stdout) as { messages: { ruleId: string }[] }[];
    expect(results.flatMap((r) => r.messages.map((m) => m.ruleId))).not.toContain('okr/not-okr-file');
  });

  it('still warns about a file with no document at all, and an explicit null stays an error', async () => {
    const root = makeProject({ 'blank.okr.yaml': '---\n# to be written\n---\n', 'null.okr.yaml': '--- null\n' });
    const outcome = await run(['blank.okr.yaml', 'null.okr.yaml'], root);
    expect(outcome.stdout).toMatch(/blank\.okr\.yaml:1:1\s+warning\s+The file holds no YAML document/);
    expect(outcome.stdout).toMatch(/null\.okr\.yaml:1:5\s+error\s+.*okr\/not-okr-file/);
    expect(outcome.code).toBe(1);
  });
});

describe('okrlint explain for the engine checks', () => {
  it.each(['yaml/syntax', 'schema', 'okr/not-okr-file', 'okrlint/unused-disable-directive'])('explains %s', async (id) => {
    const outcome = await run(['explain', id], makeProject({}));
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain(`${id}  (a check okrlint itself makes, not a rule;`);
    expect(outcome.stdout).toMatch(/\nWhat to do: \S/);
  });

  it('suggests an engine check for a misspelt id', async () => {
    const outcome = await run(['explain', 'yaml/sintax'], makeProject({}));
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('Did you mean "yaml/syntax"');
  });
});

describe('--quiet summaries', () => {
  // Five objectives with two key results each: objective-kr-count warns on every one.
  const thin = (team: string) => okrFile(2, team);

  it('never says "No problems" when warnings were hidden', async () => {
    const root = makeProject({ 'ops.okr.yaml': thin('Ops') });
    const loud = await run(['ops.okr.yaml'], root);
    const warnings = Number(/(\d+) warnings?\)/.exec(loud.stdout)?.[1]);
    expect(warnings).toBeGreaterThan(0);
    const quiet = await run(['--quiet', 'ops.okr.yaml'], root);
    expect(quiet.stdout).toBe(`✔ No errors in 1 file (${warnings} warning${warnings === 1 ? '' : 's'} hidden by --quiet).\n`);
    expect(quiet.code).toBe(0);
    expect((await run(['--quiet', '--max-warnings', '0', 'ops.okr.yaml'], root)).code).toBe(1);
  });

  it('says so in the compact, markdown and html formats too, and counts only shown errors', async () => {
    const root = makeProject({ 'ops.okr.yaml': thin('Ops'), 'bad.okr.yaml': `${thin('Bad')}surprise: true\n` });
    const compact = await run(['--quiet', '-f', 'compact', 'ops.okr.yaml'], root);
    expect(compact.stdout).toMatch(/^0 errors \(\d+ warnings? hidden by --quiet\)\n$/);
    const markdown = await run(['--quiet', '-f', 'markdown', 'ops.okr.yaml'], root);
    expect(markdown.stdout).toMatch(/✅ No errors in 1 file \(\d+ warnings? hidden by --quiet\)\./);
    const html = await run(['--quiet', '-f', 'html', 'ops.okr.yaml'], root);
    expect(html.stdout).toMatch(/✔ No errors in 1 file \(\d+ warnings? hidden by --quiet\)\./);
    const mixed = await run(['--quiet', '.'], root);
    expect(mixed.stdout).toMatch(/✖ 1 problem \(1 error; \d+ warnings hidden by --quiet\) in 2 files/);
  });
});

describe('option and flag validation', () => {
  it('rejects objective-kr-count with min above max, in the config file and in --rule', async () => {
    const root = makeProject({ 'ops.okr.yaml': okrFile(3, 'Ops'), '.okrlintrc.yaml': 'rules:\n  objective-kr-count: [error, {min: 6, max: 2}]\n' });
    const outcome = await run(['.'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe('okrlint: Invalid configuration in .okrlintrc.yaml:2:31: rules["objective-kr-count"][1]: options of rule "objective-kr-count": min (6) is larger than max (2); no objective could pass. Make min at most max.\n');
    const cli = await run(['--no-config', '--rule', 'objective-kr-count: [warn, {min: 7}]', 'ops.okr.yaml'], root);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('min (7) is larger than max (5)');
  });

  it('reports --config with --no-config as a conflict', async () => {
    const root = makeProject({ 'ops.okr.yaml': okrFile(3, 'Ops'), 'team.yaml': 'rules: {}\n' });
    for (const argv of [['--no-config', '--config', 'team.yaml', '.'], ['-c', 'team.yaml', '--no-config', '.']]) {
      const outcome = await run(argv, root);
      expect(outcome).toEqual({ code: 2, stdout: '', stderr: 'okrlint: --config and --no-config contradict each other; keep one of them.\n' });
    }
  });

  it('refuses file patterns beside --stdin instead of ignoring them', async () => {
    const outcome = await run(['--stdin', 'ops.okr.yaml'], makeProject({}));
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe('okrlint: --stdin lints standard input, so the file patterns (ops.okr.yaml) would be ignored; drop them or drop --stdin.\n');
  });

  it('accepts --max-warnings -1 as no limit and still rejects other negatives', async () => {
    const root = makeProject({ 'ops.okr.yaml': okrFile(2, 'Ops') });
    expect((await run(['--max-warnings', '-1', 'ops.okr.yaml'], root)).code).toBe(0);
    expect((await run(['--max-warnings', '0', 'ops.okr.yaml'], root)).code).toBe(1);
    const bad = await run(['--max-warnings', '-2', 'ops.okr.yaml'], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-warnings expects a whole number (or -1 for no limit), got "-2"');
  });
});

describe('paths inside messages', () => {
  it('objective-duplicate-id names the first copy relative to the working directory', async () => {
    const root = makeProject({ 'teams/ops.okr.yaml': okrFile(3, 'Ops'), 'teams/more/ops-copy.okr.yaml': okrFile(3, 'Ops') });
    const outcome = await run(['--format', 'json', '.'], root);
    const messages = (JSON.parse(outcome.stdout) as { messages: { ruleId: string; message: string }[] }[]).flatMap((r) => r.messages).filter((m) => m.ruleId === 'objective-duplicate-id');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toMatch(/\(teams\/(more\/ops-copy|ops)\.okr\.yaml, line 5\)/);
    expect(messages[0]!.message).not.toContain(root);
  });
});
