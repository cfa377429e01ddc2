import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/api.js';
import { lintYaml } from '../helpers.js';

const RULE = 'objective-unaligned';

const companyFile = `period: 2027-Q1
team: Company
objectives:
  - id: co-retention
    title: Keep the customers we already have
    key_results:
      - Cut logo churn from 9% to 6% a year
`;

const teamFile = (alignsTo: string) => `period: 2027-Q1
team: Support
objectives:
  - id: support-renewals
    title: Make renewals calls about value, not problems
    aligns_to: ${alignsTo}
    key_results:
      - Cut open P1 tickets at renewal time from 14 to 4
`;

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function repository(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'okrlint-unaligned-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function findingsIn(files: Record<string, string>) {
  const root = repository(files);
  const results = await lintFiles([root], { preset: 'recommended' });
  return results.flatMap((r) => r.messages.filter((m) => m.ruleId === RULE).map((m) => ({ file: r.filePath.slice(root.length + 1), ...m })));
}

describe(RULE, () => {
  it('finds the aligned objective in another linted file', async () => {
    expect(await findingsIn({ 'company.okr.yaml': companyFile, 'support.okr.yaml': teamFile('co-retention') })).toEqual([]);
  });

  it('reports an id that no linted file defines, at the aligns_to field', async () => {
    const found = await findingsIn({ 'company.okr.yaml': companyFile, 'support.okr.yaml': teamFile('co-expansion') });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'support.okr.yaml', line: 6, column: 16, severity: 2 });
    expect(found[0]!.message).toBe('aligns_to names "co-expansion", but no objective in the linted files has that id.');
  });

  it('suggests the nearest existing id for a typo', async () => {
    const [finding] = await findingsIn({ 'company.okr.yaml': companyFile, 'support.okr.yaml': teamFile('co-retenton') });
    expect(finding!.suggestion).toBe('Did you mean "co-retention"? Write aligns_to: co-retention.');
  });

  it('tells the user to lint the defining file when nothing is close', async () => {
    const [finding] = await findingsIn({ 'support.okr.yaml': teamFile('co-retention') });
    expect(finding!.suggestion).toContain('lint the file that defines "co-retention"');
  });

  it('checks every id of a list and reports only the unknown ones', async () => {
    const found = await findingsIn({ 'company.okr.yaml': companyFile, 'support.okr.yaml': teamFile('[co-retention, co-growth]') });
    expect(found.map((f) => f.message)).toEqual(['aligns_to names "co-growth", but no objective in the linted files has that id.']);
  });

  it('works within one text too', () => {
    const yaml = `${companyFile}  - id: co-upsell\n    title: Grow revenue from existing customers\n    aligns_to: co-retention\n    key_results:\n      - Grow expansion revenue from $40k to $55k a month\n`;
    expect(lintYaml(yaml).filter((m) => m.ruleId === RULE)).toEqual([]);
    expect(lintYaml(yaml.replace('aligns_to: co-retention', 'aligns_to: co-loyalty')).filter((m) => m.ruleId === RULE)).toHaveLength(1);
  });

  it('leaves objectives without aligns_to alone', async () => {
    expect(await findingsIn({ 'company.okr.yaml': companyFile })).toEqual([]);
  });
});
