/** Throw-away project directories for config tests, and an in-process CLI runner. */
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../src/cli.js';

/** A directory with a .git folder, so config discovery stops there. */
export function makeProject(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'okrlint-config-')));
  mkdirSync(join(root, '.git'));
  writeFiles(root, files);
  return root;
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

export interface RunOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(argv: string[], cwd: string): Promise<RunOutcome> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd,
    env: { NO_COLOR: '1' },
    stdoutIsTTY: false,
  });
  return { code, stdout, stderr };
}

/** One objective with `count` key results, each a clean outcome with a baseline. */
export function okrFile(count: number, team = 'Payments'): string {
  const krs = ['Raise checkout conversion from 61% to 68%', 'Cut failed card payments from 4.2% to 2.5%', 'Lift refund satisfaction from 3.8 to 4.3 out of 5', 'Reduce payout delays from 3 days to 1 day', 'Grow repeat buyers from 1,900 to 2,400'];
  const lines = krs.slice(0, count).map((kr) => `      - ${kr}`);
  return `period: 2027-Q2\nteam: ${team}\nowner: Dana Ruiz\nobjectives:\n  - id: ${team.toLowerCase()}-checkout\n    title: Make paying us painless for returning buyers\n    owner: Dana Ruiz\n    key_results:\n${lines.join('\n')}\n`;
}

/** The rule ids reported for each file (relative names), from a JSON report. */
export function ruleIdsByFile(stdout: string, root: string): Record<string, string[]> {
  const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string }[] }[];
  return Object.fromEntries(results.map((r) => [r.filePath.slice(root.length + 1), r.messages.map((m) => m.ruleId)]));
}
