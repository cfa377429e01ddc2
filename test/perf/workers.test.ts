// Worker threads run compiled JavaScript: these tests use the built CLI (npm test builds first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { threadCount } from '../../src/workers/run.js';

const BIN = resolve(__dirname, '../../bin/okrlint.js');
// Several CLI runs each; a loaded shared machine is slow.
const SPAWN_TIMEOUT = 60_000;
const TEAMS = ['Billing', 'Search', 'Mobile', 'Ledger', 'Support', 'Growth'];
const GOOD = ['Cut invoice disputes from {a}% to {b}%', 'Raise search click-through from {a}% to {b}%', 'Lower crash rate from {a} per 1,000 sessions to {b}'];
const WEAK = ['Hold {a} planning meetings', 'Increase NPS to {b}', 'Improve teamwork'];

/** A varied repository of our own: some files align to ids that exist, some to ones that do not. */
function writeRepository(dir: string, files: number): void {
  for (let i = 0; i < files; i++) {
    const team = TEAMS[i % TEAMS.length]!;
    const krs = [GOOD[i % 3]!, GOOD[(i + 1) % 3]!, WEAK[i % 3]!].map((t) => t.replace('{a}', String(10 + (i % 7))).replace('{b}', String(3 + (i % 5))));
    const directive = i === 7 ? '      # okrlint-disable-next-line\n' : '';
    const alignsTo = i === 0 ? '' : `    aligns_to: ${i % 9 === 0 ? 'no-such-goal' : `goal-${i - 1}`}\n`;
    const yaml = `period: 2027-Q2\nteam: ${team} ${i}\nobjectives:\n  - id: goal-${i}\n    title: Make ${team.toLowerCase()} dependable for customers\n${alignsTo}    key_results:\n${krs.map((kr, k) => `${k === 2 ? directive : ''}      - ${kr}\n`).join('')}`;
    writeFileSync(join(dir, `team-${String(i).padStart(3, '0')}.okr.yaml`), yaml);
  }
}

function lint(cwd: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, '.', '-f', 'json', '--no-config', ...args], { cwd, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'okrlint-workers-'));
  writeRepository(dir, 80);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--concurrency', () => {
  it('gives exactly the single-threaded report, project findings and directives included', () => {
    const single = lint(dir, '--concurrency', 'off');
    const threaded = lint(dir, '--concurrency', '3');
    expect(single.stderr).toBe('');
    expect(threaded.stderr).toBe('');
    expect(threaded.status).toBe(single.status);
    expect(threaded.stdout).toBe(single.stdout);
    const results = JSON.parse(single.stdout) as { messages: { ruleId: string }[] }[];
    expect(results).toHaveLength(80);
    expect(results.flatMap((r) => r.messages).filter((m) => m.ruleId === 'objective-unaligned')).toHaveLength(8);
  }, SPAWN_TIMEOUT);

  it('really spreads the files over worker threads', () => {
    const run = lint(dir, '--concurrency', '3', '--stats');
    expect(run.stderr).toMatch(/80 files in \d+ ms wall; phase times are summed over 3 threads/);
    expect(run.stderr).toMatch(/^parse +[\d.]+ +[\d.]+% +80$/m);
  }, SPAWN_TIMEOUT);

  it('gives the same report with a warm cache across threads', () => {
    const cache = join(dir, '.cache-dir/');
    const cold = lint(dir, '--concurrency', '2', '--cache', '--cache-location', cache);
    const warm = lint(dir, '--concurrency', '2', '--cache', '--cache-location', cache);
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.stdout).toBe(lint(dir, '--concurrency', 'off').stdout);
  }, SPAWN_TIMEOUT);

  it('rejects a bad value with one line and exit 2', () => {
    const run = lint(dir, '--concurrency', 'many');
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')[0]).toMatch(/--concurrency expects auto, off or a number/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, SPAWN_TIMEOUT);
});

describe('threadCount', () => {
  it('uses workers only when there are many files and several cores', () => {
    expect(threadCount('auto', 10, 8)).toBe(1);
    expect(threadCount('auto', 1000, 2)).toBe(1);
    expect(threadCount('auto', 5000, 1)).toBe(1);
    expect(threadCount('auto', 5000, 2)).toBe(2);
    expect(threadCount('auto', 5000, 32)).toBe(4);
    expect(threadCount('off', 5000, 8)).toBe(1);
    expect(threadCount(3, 5, 1)).toBe(3);
  });

  it('holds a number to one thread per file and four per core', () => {
    expect(threadCount(1000, 8, 2)).toBe(8);
    expect(threadCount(1000, 5000, 2)).toBe(8);
    expect(threadCount(0, 5000, 2)).toBe(1);
  });
});
