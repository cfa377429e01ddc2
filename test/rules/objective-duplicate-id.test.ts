import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/api.js';
import { lintYaml } from '../helpers.js';

const RULE = 'objective-duplicate-id';

const file = (team: string, ids: string[]) =>
  `period: 2027-Q1\nteam: ${team}\nobjectives:\n${ids
    .map((id, i) => `  - id: ${id}\n    title: ${team} objective number ${i + 1}\n    key_results:\n      - Raise ${team} activation from 40% to 55%\n`)
    .join('')}`;

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

async function findingsIn(files: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'okrlint-ids-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const root = dir;
  const results = await lintFiles([root]);
  return results.flatMap((r) => r.messages.filter((m) => m.ruleId === RULE).map((m) => ({ file: r.filePath.slice(root.length + 1), ...m })));
}

describe(RULE, () => {
  it('passes unique ids across files', async () => {
    expect(await findingsIn({ 'a.okr.yaml': file('Alpha', ['a-1', 'a-2']), 'b.okr.yaml': file('Beta', ['b-1']) })).toEqual([]);
  });

  it('reports a repeat in another file at its id, naming the file and line of the first', async () => {
    const found = await findingsIn({ 'a.okr.yaml': file('Alpha', ['a-1', 'shared']), 'b.okr.yaml': file('Beta', ['shared']) });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'b.okr.yaml', line: 4, column: 9 });
    expect(found[0]!.message).toMatch(/^Objective id "shared" is already used by "Alpha objective number 2" \(.*a\.okr\.yaml, line 8\); ids must be unique across the repository\.$/);
    expect(found[0]!.suggestion).toContain('"beta-objective-number"');
  });

  it('reports every repeat after the first, and only those', async () => {
    const found = await findingsIn({ 'a.okr.yaml': file('Alpha', ['x', 'x']), 'b.okr.yaml': file('Beta', ['x', 'y']) });
    expect(found.map((f) => `${f.file}:${f.line}`)).toEqual(['a.okr.yaml:8', 'b.okr.yaml:4']);
  });

  it('says "of this file" when the first is in the same file', () => {
    const [finding] = lintYaml(file('Alpha', ['dup', 'dup'])).filter((m) => m.ruleId === RULE);
    expect(finding).toMatchObject({ line: 8, column: 9 });
    expect(finding!.message).toContain('(line 4 of this file)');
  });

  it('compares ids without surrounding blanks', () => {
    const yaml = file('Alpha', ['dup', '"dup "']);
    expect(lintYaml(yaml).filter((m) => m.ruleId === RULE)).toHaveLength(1);
  });
});
