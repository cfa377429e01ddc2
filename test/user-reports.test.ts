/** Problems a first-time user ran into, each checked through the command line as they saw it. */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

describe('okrlint explain for rules', () => {
  it('shows the options an example needs, so a milestone listed as not flagged is not a contradiction', async () => {
    const outcome = await run(['explain', 'kr-activity-weighted'], makeProject({}));
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('"kind":"milestone"}  (with options {"allowMilestones":true})');
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

  it('says so in the markdown and html formats too, and counts only shown errors', async () => {
    const root = makeProject({ 'ops.okr.yaml': thin('Ops'), 'bad.okr.yaml': `${thin('Bad')}surprise: true\n` });
    // compact prints nothing at all for a clean run (no summary to get wrong), and counts shown errors only.
    expect((await run(['--quiet', '-f', 'compact', 'ops.okr.yaml'], root)).stdout).toBe('');
    expect((await run(['--quiet', '-f', 'compact', '.'], root)).stdout).toMatch(/\n1 problem \(1 error; \d+ warnings hidden by --quiet\)\n$/);
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

describe('period and kind in the schema', () => {
  const withPeriod = (period: string) => okrFile(3, 'Ops').replace('period: 2027-Q2', `period: ${period}`);
  const schemaMessages = async (text: string) => {
    const outcome = await run(['--format', 'json', 'ops.okr.yaml'], makeProject({ 'ops.okr.yaml': text }));
    return (JSON.parse(outcome.stdout) as { messages: { ruleId: string; message: string; line: number; column: number }[] }[])[0]!.messages.filter((m) => m.ruleId === 'schema');
  };

  it.each(['2027-Q5', 'FY27', '27-Q1', '2027-q1', 'Q1-2027', '2027-13'])('rejects the period %s, listing the accepted forms', async (period) => {
    expect(await schemaMessages(withPeriod(period))).toEqual([
      expect.objectContaining({ line: 1, column: 9, message: `Period must be a quarter (2027-Q1), a half year (2027-H2), a year (2027) or a month (2027-03), found "${period}".` }),
    ]);
  });

  it.each(['2027-Q1', '2027-H2', '"2027"', '2027-03'])('accepts the period %s', async (period) => {
    expect(await schemaMessages(withPeriod(period))).toEqual([]);
  });

  it('says how to quote a year YAML read as a number', async () => {
    const [problem] = await schemaMessages(withPeriod('2027'));
    expect(problem!.message).toBe('Period must be text, found a number; write it as text: period: "2027".');
  });

  it('suggests the closest kind for a misspelt one', async () => {
    const text = okrFile(3, 'Ops').replace('      - Raise checkout conversion from 61% to 68%', '      - title: Raise checkout conversion from 61% to 68%\n        kind: metrc');
    const [problem] = await schemaMessages(text);
    expect(problem!.message).toBe('Objectives[0].key_results[0].kind must be one of: metric, milestone, maintain, leading; did you mean metric?');
  });
});

describe('writing where nothing can be written', () => {
  const bin = fileURLToPath(new URL('../bin/okrlint.js', import.meta.url));
  const okrlint = (args: string[], cwd: string, stdout: 'pipe' | number = 'pipe') => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 20_000, stdio: ['ignore', stdout, 'pipe'], env: { ...process.env, NO_COLOR: '1' } });

  it.runIf(process.platform === 'linux')('fails fast on a report under /proc instead of hanging', () => {
    const root = makeProject({ 'ops.okr.yaml': okrFile(3, 'Ops') });
    const started = Date.now();
    const outcome = okrlint(['-f', 'sarif:/proc/okrlint-nope/x.sarif', 'ops.okr.yaml'], root);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toBe('okrlint: Cannot write "/proc/okrlint-nope/x.sarif": /proc is a kernel file system, not a place for files. Choose a path on disk.\n');
  });

  it('names a file standing where a directory is needed', async () => {
    const root = makeProject({ 'ops.okr.yaml': okrFile(3, 'Ops'), 'reports': 'not a directory\n' });
    const outcome = await run(['-o', 'reports/week/out.txt', 'ops.okr.yaml'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe(`okrlint: Cannot write "${root}/reports/week/out.txt": "${root}/reports" is a file, not a directory. Choose another output path.\n`);
  });

  it.runIf(existsSync('/dev/full'))('reports a full standard output as an environment problem, not an internal error', () => {
    const root = makeProject({ 'ops.okr.yaml': okrFile(2, 'Ops') });
    const full = openSync('/dev/full', 'w');
    try {
      const outcome = okrlint(['ops.okr.yaml'], root, full);
      expect(outcome.status).toBe(2);
      expect(outcome.stderr).toBe('okrlint: cannot write to standard output: no space left on the device. Send the output somewhere that can take it (e.g. -o report.txt on another disk).\n');
    } finally {
      closeSync(full);
    }
  });
});
