/**
 * End-to-end: runs the BUILT binary (bin/okrlint.js -> dist/) in a child process, the way a
 * terminal, a CI job or a pre-commit hook does. `npm test` builds first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'okrlint.js');
const ANSI = /\u001b\[\d+(;\d+)*m/;
const STACK_FRAME = /^\s+at .+(\d+:\d+\)?|<anonymous>)$/m;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number; suggestion?: string }[];
  errorCount: number;
  warningCount: number;
}

// Each test spawns Node a few times; on a loaded CI machine that can take seconds.
vi.setConfig({ testTimeout: 60_000 });

let dir: string;

/** Runs okrlint in the fixture directory with a clean, non-TTY environment. */
function okrlint(args: string[], env: Record<string, string> = {}, cwd = dir): Run {
  const base = { ...process.env };
  for (const key of ['NO_COLOR', 'FORCE_COLOR', 'GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'OKRLINT_DEBUG']) delete base[key];
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, env: { ...base, ...env }, encoding: 'utf8', timeout: 30_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function json(args: string[]): { code: number | null; results: JsonResult[] } {
  const run = okrlint([...args, '--format', 'json']);
  expect(run.stderr).toBe('');
  return { code: run.code, results: JSON.parse(run.stdout) as JsonResult[] };
}

function write(path: string, content: string | Buffer): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), content);
}

const resultFor = (results: JsonResult[], name: string) => results.find((r) => r.filePath.endsWith(name));

/** A well-formed file: three outcome key results with baselines, owners and sources. */
const CLEAN = `period: 2027-Q2
team: Billing
owner: Mira Santos
objectives:
  - id: billing-dunning
    title: Recover more revenue from failed renewals
    owner: Mira Santos
    key_results:
      - title: Raise renewals recovered after a failed card charge from 38% to 55%
        baseline: 38
        target: 55
        unit: "%"
        source: Stripe recovery report
        owner: Mira Santos
      - title: Cut involuntary churn from 1.4% to 0.9% of subscribers a month
        baseline: 1.4
        target: 0.9
        unit: "%"
        source: Subscription analytics
        owner: Mira Santos
      - title: Cut refund requests from customers in dunning from 60 a month to 25
        baseline: 60
        target: 25
        source: Help-desk tag report
        owner: Mira Santos
`;

/** One key result only: objective-kr-count warns. */
const ONE_KR = `period: 2027-Q2
team: Field service
objectives:
  - id: field-first-visit
    title: Fix more boilers on the first visit
    key_results:
      - Raise first-visit fix rate from 71% to 82%
`;

/** A structural fault (an unknown key) on line 6, column 5. */
const UNKNOWN_KEY = `period: 2027-Q2
team: Field service
objectives:
  - id: field-parts
    title: Carry the right parts to every job
    colour: teal
    key_results:
      - Cut repeat visits caused by missing parts from 14% to 6%
      - Raise van stock accuracy from 88% to 97%
      - Cut emergency parts couriers from 40 a month to 15
`;

/** Invalid YAML: a colon inside a plain scalar on line 5; the value starts at column 12. */
const BROKEN_YAML = `period: 2027-Q2
team: Data
objectives:
  - id: data-trust
    title: Make reports: trustworthy
    key_results: []
`;

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'src', 'cli.js'))) {
    throw new Error('dist/ is missing: the CLI tests run the built binary; run "npm run build" (npm test does it).');
  }
  dir = mkdtempSync(join(tmpdir(), 'okrlint-cli-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('exit codes and stdout', () => {
  it('exits 0 on a clean file and says so', () => {
    write('clean/billing.okr.yaml', CLEAN);
    const run = okrlint(['clean/billing.okr.yaml']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/No problems in 1 file/);
    expect(run.stderr).toBe('');
  });

  it('exits 0 with warnings only, and 1 once --max-warnings is exceeded', () => {
    write('warn/field.okr.yaml', ONE_KR);
    const run = okrlint(['warn/field.okr.yaml']);
    expect(run.code).toBe(0);
    // The finding sits on the objective: its `- id` line or its title.
    expect(run.stdout).toMatch(/warn\/field\.okr\.yaml:[45]:\d+ {2}warning {2}.+ {2}objective-kr-count/);
    expect(okrlint(['warn/field.okr.yaml', '--max-warnings', '0']).code).toBe(1);
  });

  it('exits 1 on an error and prints path:line:col  severity  message  rule-id with a summary', () => {
    write('errors/parts.okr.yaml', UNKNOWN_KEY);
    const run = okrlint(['errors/parts.okr.yaml']);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe('errors/parts.okr.yaml');
    expect(run.stdout).toMatch(/^ {2}errors\/parts\.okr\.yaml:6:5 {2}error {4}.*colour.* {2}schema$/m);
    expect(run.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings\) in 1 file/);
  });

  it('prints the ESLint-compatible JSON shape', () => {
    write('shape/field.okr.yaml', ONE_KR);
    write('shape/parts.okr.yaml', UNKNOWN_KEY);
    const { code, results } = json(['shape/']);
    expect(code).toBe(1);
    expect(results.map((r) => r.filePath)).toEqual([join(dir, 'shape/field.okr.yaml'), join(dir, 'shape/parts.okr.yaml')]);
    for (const result of results) {
      expect(Object.keys(result).sort()).toEqual(['errorCount', 'filePath', 'messages', 'warningCount']);
      expect(result.errorCount).toBe(result.messages.filter((m) => m.severity === 2).length);
      expect(result.warningCount).toBe(result.messages.filter((m) => m.severity === 1).length);
      for (const m of result.messages) {
        expect([1, 2]).toContain(m.severity);
        expect(typeof m.message).toBe('string');
        expect(m.line).toBeGreaterThanOrEqual(1);
        expect(m.column).toBeGreaterThanOrEqual(1);
        expect(m.endLine).toBeGreaterThanOrEqual(m.line);
      }
    }
    const countWarning = resultFor(results, 'field.okr.yaml')!.messages.find((m) => m.ruleId === 'objective-kr-count');
    expect(countWarning?.severity).toBe(1);
    expect([4, 5]).toContain(countWarning?.line);
    expect(countWarning!.suggestion).toMatch(/\w+/);
  });

  it('prints the version from package.json', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(okrlint(['--version']).stdout.trim()).toBe(version);
  });
});

describe('colour', () => {
  const findingsRun = (args: string[], env: Record<string, string> = {}) => {
    write('colour/field.okr.yaml', ONE_KR);
    return okrlint(['colour/field.okr.yaml', ...args], env).stdout;
  };

  it('is off when stdout is not a terminal', () => {
    expect(findingsRun([])).not.toMatch(ANSI);
  });

  it('is on with FORCE_COLOR or --color, and --no-color wins over FORCE_COLOR', () => {
    expect(findingsRun([], { FORCE_COLOR: '1' })).toMatch(ANSI);
    expect(findingsRun(['--color'])).toMatch(ANSI);
    expect(findingsRun(['--no-color'], { FORCE_COLOR: '1' })).not.toMatch(ANSI);
  });

  it('is off with NO_COLOR unless --color asks for it', () => {
    expect(findingsRun([], { NO_COLOR: '1', FORCE_COLOR: '1' })).not.toMatch(ANSI);
    expect(findingsRun(['--color'], { NO_COLOR: '1' })).toMatch(ANSI);
  });

  it('never colours JSON', () => {
    expect(findingsRun(['--format', 'json', '--color'], { FORCE_COLOR: '1' })).not.toMatch(ANSI);
  });
});

describe('fatal problems: exit 2, one line on stderr, no stack trace', () => {
  const expectFatal = (run: Run, pattern: RegExp) => {
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(STACK_FRAME);
    const [first] = run.stderr.trimEnd().split('\n');
    expect(first).toMatch(/^okrlint: /);
    expect(first).toMatch(pattern);
  };

  it('names a path that does not exist', () => {
    const run = okrlint(['no-such-folder/']);
    expectFatal(run, /no-such-folder/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('names a glob that matches nothing', () => {
    expectFatal(okrlint(['plans/**/*.okr.yaml']), /plans\/\*\*\/\*\.okr\.yaml/);
  });

  it('explains the directory convention when a directory holds no OKR files', () => {
    write('notes/readme.md', '# Planning notes\n');
    write('notes/budget.yaml', 'total: 12000\n');
    const run = okrlint(['notes']);
    expectFatal(run, /\*\.okr\.yaml/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('rejects an unknown option, an unknown format and a bad --max-warnings', () => {
    write('args/field.okr.yaml', ONE_KR);
    expectFatal(okrlint(['args/', '--colour-scheme', 'dark']), /colour-scheme/);
    expectFatal(okrlint(['args/', '--format', 'yaml-ish']), /yaml-ish/);
    expectFatal(okrlint(['args/', '--max-warnings', 'lots']), /lots/);
  });
});

describe('bad input is a lint error on that file; the other files are still linted', () => {
  it('reports invalid YAML at the parser line and column', () => {
    write('mixed/data.okr.yaml', BROKEN_YAML);
    write('mixed/field.okr.yaml', ONE_KR);
    const { code, results } = json(['mixed/']);
    expect(code).toBe(1);
    const syntax = resultFor(results, 'data.okr.yaml')!.messages.find((m) => m.ruleId === 'yaml/syntax');
    expect(syntax).toMatchObject({ severity: 2, line: 5, column: 12 });
    expect(resultFor(results, 'field.okr.yaml')!.messages.map((m) => m.ruleId)).toContain('objective-kr-count');
  });

  it('gives an empty file, a non-OKR YAML file and a binary file one line each', () => {
    write('odd/empty.okr.yaml', '');
    write('odd/compose.okr.yaml', 'services:\n  web:\n    image: nginx:1.27\n');
    write('odd/logo.okr.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    write('odd/field.okr.yaml', ONE_KR);
    const { results } = json(['odd/']);
    expect(results).toHaveLength(4);
    for (const name of ['empty.okr.yaml', 'compose.okr.yaml', 'logo.okr.yaml']) {
      const messages = resultFor(results, name)!.messages;
      expect(messages.length, name).toBeGreaterThanOrEqual(1);
      for (const m of messages) expect(m.message, name).not.toMatch(/\n/);
    }
    expect(resultFor(results, 'empty.okr.yaml')!.messages[0]!.message).toMatch(/empty|no YAML document/i);
    expect(resultFor(results, 'compose.okr.yaml')!.messages[0]!.message).toMatch(/period, team/);
    expect(resultFor(results, 'logo.okr.yaml')!.messages[0]!.message).toMatch(/binary/i);
    expect(resultFor(results, 'field.okr.yaml')!.messages.map((m) => m.ruleId)).toContain('objective-kr-count');
  });

  it('lints every document of a multi-document file at its own lines', () => {
    write('multi/field.okr.yaml', `${ONE_KR}---\n${UNKNOWN_KEY}`);
    const { results } = json(['multi/field.okr.yaml']);
    const secondStarts = ONE_KR.split('\n').length + 1;
    const schema = results[0]!.messages.filter((m) => m.ruleId === 'schema');
    expect(schema).toHaveLength(1);
    expect(schema[0]!.line).toBe(secondStarts + 5);
    const count = results[0]!.messages.filter((m) => m.ruleId === 'objective-kr-count');
    expect(count.map((m) => m.line < secondStarts)).toEqual([true]);
  });
});

describe('files', () => {
  it('takes every *.okr.yaml and *.okr.yml under a directory, skipping node_modules and .git', () => {
    write('repo/a/support.okr.yaml', ONE_KR);
    write('repo/b/sales.okr.yml', ONE_KR);
    write('repo/b/notes.yaml', ONE_KR);
    write('repo/node_modules/pkg/vendor.okr.yaml', ONE_KR);
    write('repo/.git/stash.okr.yaml', ONE_KR);
    const { results } = json(['repo']);
    expect(results.map((r) => r.filePath)).toEqual([join(dir, 'repo/a/support.okr.yaml'), join(dir, 'repo/b/sales.okr.yml')]);
  });

  it('lints a YAML file named explicitly whatever its name, and globs', () => {
    write('named/q2-plan.yaml', ONE_KR);
    write('named/other.okr.yaml', ONE_KR);
    expect(json(['named/q2-plan.yaml']).results.map((r) => r.filePath)).toEqual([join(dir, 'named/q2-plan.yaml')]);
    expect(json(['named/*.yaml']).results).toHaveLength(2);
  });

  it('writes the report to --output-file and nothing to stdout', () => {
    write('out/field.okr.yaml', ONE_KR);
    const run = okrlint(['out/', '--format', 'json', '--output-file', 'reports/okrlint.json']);
    expect(run.stdout).toBe('');
    const written = JSON.parse(readFileSync(join(dir, 'reports/okrlint.json'), 'utf8')) as JsonResult[];
    expect(written[0]!.filePath).toBe(join(dir, 'out/field.okr.yaml'));
  });

  it('runs the README quick start on the shipped examples', () => {
    const run = okrlint(['examples/'], {}, root);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/examples\/2027-q1\/\w+\.okr\.yaml:\d+:\d+ {2}(error|warning) /);
    expect(run.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?\) in \d+ files/);
  });
});

describe('documentation commands', () => {
  it('explains a rule from its metadata', () => {
    const run = okrlint(['explain', 'objective-kr-count']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^objective-kr-count {2}\(warn by default; presets: recommended, strict, all\)/);
    expect(run.stdout).toMatch(/Keep between 3 and 5 key results/);
    expect(run.stdout).toMatch(/Why: /);
    expect(run.stdout).toMatch(/Flagged:\n {2}✗ /);
    expect(run.stdout).toMatch(/Not flagged:\n {2}✓ /);
  });

  it('suggests the closest id for an unknown rule', () => {
    const run = okrlint(['explain', 'objective-kr-cuont']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Unknown rule "objective-kr-cuont"\. Did you mean "objective-kr-count"/);
  });

  it('lists every rule with its presets', async () => {
    const { builtinRules } = (await import(join(root, 'dist', 'rules', 'index.js'))) as { builtinRules: { name: string }[] };
    const run = okrlint(['rules']);
    expect(run.code).toBe(0);
    for (const rule of builtinRules) expect(run.stdout).toMatch(new RegExp(`^${rule.name} .*(recommended|strict|all)`, 'm'));
  });
});
