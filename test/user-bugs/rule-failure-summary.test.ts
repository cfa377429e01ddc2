/** A plugin rule that throws on every file: one stderr line for the rule, a finding in every file's report. */
import { describe, expect, it } from 'vitest';
import { makeProject, okrFile, run } from '../config/project.js';

const FRAGILE_PLUGIN = `export default { rules: { 'kr-fragile': {
  name: 'kr-fragile',
  meta: {
    type: 'problem', defaultSeverity: 'error',
    docs: { description: 'Always fails.', rationale: 'A test double.', recommended: false, examples: { valid: [], invalid: [] } },
    messages: {}, schema: { type: 'object' }, defaultOptions: {},
  },
  create() { return { keyResult() { throw new TypeError('cannot read the target of undefined'); } }; },
} } };
`;

function project(fileCount: number): string {
  const files: Record<string, string> = { 'fragile.mjs': FRAGILE_PLUGIN, '.okrlintrc.yaml': 'plugins: [./fragile.mjs]\nrules:\n  fragile/kr-fragile: error\n' };
  for (let i = 1; i <= fileCount; i++) files[`okrs/team-${String(i).padStart(2, '0')}.okr.yaml`] = okrFile(3, `Team${i}`);
  return makeProject(files);
}

describe('a rule that fails on many files', () => {
  it('prints one summary line naming the rule, the file count, the first file and the reason', async () => {
    const outcome = await run(['--concurrency', 'off', '-f', 'json', '.'], project(12));
    expect(outcome.code).toBe(2);
    const lines = outcome.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^okrlint: rule "fragile\/kr-fragile" failed on 12 files and was skipped there \(first: okrs\/team-01\.okr\.yaml:\d+:\d+: TypeError: cannot read the target of undefined\); /);
    // The report keeps one finding per file.
    const results = JSON.parse(outcome.stdout) as { messages: { ruleId: string }[] }[];
    expect(results.filter((r) => r.messages.some((m) => m.ruleId === 'fragile/kr-fragile'))).toHaveLength(12);
  });

  it('a failure on a single file keeps the detailed one-line message', async () => {
    const outcome = await run(['--concurrency', 'off', '.'], project(1));
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/^okrlint: okrs\/team-01\.okr\.yaml:\d+:\d+: Rule "fragile\/kr-fragile" failed on this file and was skipped for the rest of it: TypeError: cannot read the target of undefined\. /);
    expect(outcome.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
