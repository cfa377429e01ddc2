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
