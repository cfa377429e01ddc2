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
