/**
 * Environment faults through the BUILT binary (issue 7, points 2 and 4): each ends with
 * one clear line and an exact exit code, and okrlint never writes to a linted file.
 * `npm test` builds first; run `npx tsc -p tsconfig.build.json` before running this alone.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'okrlint.js');
const STACK_FRAME = /^\s+at .+\d+:\d+\)?$/m;
const GOOD = `period: 2027-Q2
team: Billing
owner: Ana Ruiz
objectives:
  - id: painless-refunds
    title: Make refunds painless for customers
    owner: Ana Ruiz
    key_results:
      - Cut refund handling time from 6 days to 2 days
      - Lift refund satisfaction from 3.1 to 4.2 out of 5
      - Reduce refund-related tickets from 900 to 400 a month
`;

let dir: string;

function env(): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const key of ['NO_COLOR', 'FORCE_COLOR', 'GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'OKRLINT_DEBUG']) delete base[key];
  return base;
}

function okrlint(args: string[], cwd = dir) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, env: env(), encoding: 'utf8', timeout: 30_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'okrlint-cli-faults-'));
  writeFileSync(join(dir, 'billing.okr.yaml'), GOOD);
  writeFileSync(join(dir, 'broken.okr.yaml'), 'period: [2027\nteam: x\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('files that cannot be read', () => {
  it.skipIf(process.platform === 'win32')('a FIFO among the files: exit 2, one line naming it, the other files still reported', () => {
    const sub = join(dir, 'fifo');
    mkdirSync(sub);
    writeFileSync(join(sub, 'billing.okr.yaml'), GOOD.replace('Cut refund handling time from 6 days to 2 days', 'Answer Slack within 5 minutes'));
    execFileSync('mkfifo', [join(sub, 'pipe.okr.yaml')]);
    const run = okrlint(['billing.okr.yaml', 'pipe.okr.yaml', '-f', 'json'], sub);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^okrlint: pipe\.okr\.yaml:1:1: Cannot read "pipe\.okr\.yaml": it is a named pipe/);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: unknown[] }[];
    expect(results.map((r) => r.filePath.split('/').pop())).toEqual(['billing.okr.yaml', 'pipe.okr.yaml']);
  });

  it('a YAML syntax error is a lint error (exit 1), not a fatal one', () => {
    const run = okrlint(['broken.okr.yaml', 'billing.okr.yaml']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('yaml/syntax');
    expect(run.stderr).toBe('');
  });

  it('a file over --max-file-size is reported with the limit (exit 1); a bad size is exit 2', () => {
    const small = okrlint(['billing.okr.yaml', '--max-file-size', '100']);
    expect(small.code).toBe(1);
    expect(small.stdout).toMatch(/over the 100 bytes limit/);
    const bad = okrlint(['billing.okr.yaml', '--max-file-size', 'huge']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^okrlint: --max-file-size expects a size/);
    expect(bad.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('output', () => {
  it('stdout closed early (okrlint | head -1): exits quietly with the lint exit code', () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    // Enough findings that the report outgrows the pipe buffer, so the write really fails.
    const krs = Array.from({ length: 12 }, (_, i) => `      - Run ${i + 2} demos and hold weekly syncs\n`).join('');
    for (let i = 0; i < 60; i++) writeFileSync(join(many, `team${i}.okr.yaml`), `period: 2027-Q2\nteam: T${i}\nobjectives:\n  - id: a\n    title: Hold more meetings\n    key_results:\n${krs}`);
    const full = spawnSync(process.execPath, [bin, '.'], { cwd: many, env: env(), encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
    expect(full.status).toBe(1);
    expect(full.stdout.length).toBeGreaterThan(256 * 1024);
    const piped = spawnSync('/bin/sh', ['-c', `{ "${process.execPath}" "${bin}" . ; echo "exit=$?" >&2; } | head -1 >/dev/null`], { cwd: many, env: env(), encoding: 'utf8', timeout: 60_000 });
    expect(piped.stderr).toBe('exit=1\n');
  }, 120_000);

  it('an output file whose directory cannot be created: exit 2, one line, nothing left behind', () => {
    writeFileSync(join(dir, 'not-a-dir'), 'a plain file\n');
    const run = okrlint(['billing.okr.yaml', '-o', 'not-a-dir/reports/okr.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^okrlint: Cannot (write|create).*not-a-dir\/reports/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('refuses to write a report over a file being linted (exit 2) and leaves it untouched', () => {
    const before = readFileSync(join(dir, 'billing.okr.yaml'), 'utf8');
    const run = okrlint(['billing.okr.yaml', '-o', 'billing.okr.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Refusing to write to .*billing\.okr\.yaml.*being linted/);
    expect(readFileSync(join(dir, 'billing.okr.yaml'), 'utf8')).toBe(before);
  });
});

describe('data safety', () => {
  it('a run with every output never changes a linted file, and leaves no temporary files', () => {
    const sub = join(dir, 'safety');
    mkdirSync(sub);
    writeFileSync(join(sub, 'billing.okr.yaml'), GOOD);
    writeFileSync(join(sub, 'broken.okr.yaml'), 'period: [2027\n');
    const snapshot = () => readdirSync(sub).filter((f) => f !== 'reports').map((f) => [f, readFileSync(join(sub, f), 'utf8'), statSync(join(sub, f)).mtimeMs]);
    const before = snapshot();
    okrlint(['.', '-f', 'stylish', '-f', 'json:reports/out.json'], sub);
    expect(snapshot()).toEqual(before);
    expect(readdirSync(join(sub, 'reports'))).toEqual(['out.json']);
  });
});

describe('interrupted', () => {
  it.skipIf(process.platform === 'win32').each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('by %s while linting: exit %i with one line, no stack trace', async (signal, exitCode) => {
    // --stdin makes the run wait for input, so the signal lands while it is running. A
    // preloaded observer tells the test (on fd 3) the moment okrlint adds its listener for
    // the signal; it changes nothing in the process.
    const observer = join(dir, `observe-${signal}.cjs`);
    writeFileSync(observer, `process.on('newListener', (e) => { if (e === '${signal}') require('fs').writeSync(3, 'ready'); });\n`);
    const child = spawn(process.execPath, ['--require', observer, bin, '--stdin'], { cwd: dir, env: env(), stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    await new Promise<void>((ready) => child.stdio[3]!.once('data', () => ready()));
    child.kill(signal);
    expect(await exited).toBe(exitCode);
    expect(stderr).toBe(`okrlint: interrupted by ${signal} before the run finished.\n`);
  }, 30_000);
});
