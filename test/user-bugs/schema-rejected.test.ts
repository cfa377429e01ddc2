/**
 * User trial: a value the schema rejected was judged again by a rule ("due: tomorrow" by the
 * schema and by kr-due-outside-period; "- 99" by the schema and by kr-missing-baseline).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/api.js';

const dir = mkdtempSync(join(tmpdir(), 'okrlint-rejected-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ruleIdsAt(yaml: string): Promise<Map<number, string[]>> {
  writeFileSync(join(dir, 'team.okr.yaml'), yaml);
  const [result] = await lintFiles(['team.okr.yaml'], { cwd: dir, config: false });
  const byLine = new Map<number, string[]>();
  for (const m of result!.messages) byLine.set(m.line, [...(byLine.get(m.line) ?? []), m.ruleId ?? '']);
  return byLine;
}

const FILE = (krs: string) => `period: 2027-Q2\nteam: Billing\nobjectives:\n  - id: billing-speed\n    title: Cut the time customers wait for refunds\n    key_results:\n${krs}`;

describe('a value the schema rejected', () => {
  it.each([
    ['a key result that is a number', '      - 42\n', 7],
    ['a due date that is no day', '      - title: Cut refund wait from 9 days to 4 days\n        due: next friday\n', 8],
    ['a target that is a list', '      - title: Raise refunds paid same day\n        target: [60, 70]\n', 8],
  ])('%s is reported by the schema only', async (_name, krs, line) => {
    const rules = (await ruleIdsAt(FILE(krs))).get(line);
    expect(rules).toEqual(['schema']);
  });

  it('still counts as a key result of its objective', async () => {
    const byLine = await ruleIdsAt(FILE('      - 42\n      - Cut refund wait from 9 days to 4 days\n      - Raise refunds paid same day from 40% to 70%\n'));
    expect([...byLine.values()].flat()).not.toContain('objective-kr-count');
  });

  it('an objectives key with no value is reported by the schema only, not also as an empty list', async () => {
    // Second user trial: objective-count warned "no objectives" on top of the schema error.
    const found = await ruleIdsAt('period: 2027-Q3\nteam: Empty\nobjectives:\n');
    expect([...found.values()].flat()).toEqual(['schema']);
  });
});
