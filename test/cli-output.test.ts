/** Outputs and exit status of `okrlint` through main(), with injected standard streams. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../src/cli.js';

// A sound objective with a single key result: one objective-kr-count warning (on the title, line 6) and no errors.
const ONE_WARNING = `period: 2027-Q3
team: Customer care
owner: Ines Duarte
objectives:
  - id: care-self-service
    title: Make the help centre the first stop for routine questions
    owner: Ines Duarte
    key_results:
      - title: Raise self-service resolution from 40% to 60%
        owner: Ines Duarte
        source: Helpdesk analytics
`;
const SYNTAX_ERROR = 'period: 2027-Q3\nteam: [unclosed\n';
const ANSI = /\u001b\[/;

let dir: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], options: { env?: Record<string, string>; tty?: boolean; stdin?: string | Uint8Array } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: dir,
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    readStdin: async () => (typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : (options.stdin ?? new Uint8Array())),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const file = (name: string, text: string) => {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'okrlint-out-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('several outputs in one run', () => {
  it('prints one format and writes the others whole into directories it creates', async () => {
    file('care.okr.yaml', ONE_WARNING);
    const { code, stdout, stderr } = await run(['care.okr.yaml', '-f', 'stylish', '-f', 'sarif:reports/okrlint.sarif', '-f', 'junit:reports/junit/okrlint.xml']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('care.okr.yaml');
    expect(stdout).toContain('objective-kr-count');
    const log = JSON.parse(readFileSync(join(dir, 'reports/okrlint.sarif'), 'utf8'));
    expect(log.runs[0].results[0].ruleId).toBe('objective-kr-count');
    expect(readFileSync(join(dir, 'reports/junit/okrlint.xml'), 'utf8')).toMatch(/^<\?xml[^]*<\/testsuites>\n$/);
    // Written through a temporary file and renamed: nothing else is left behind.
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(['junit', 'okrlint.sarif']);
  });

  it('--output-file sends the single format to a file, replacing an older report', async () => {
    file('care.okr.yaml', ONE_WARNING);
    file('out/report.json', 'old report that is longer than the new one '.repeat(500));
    const { code, stdout } = await run(['care.okr.yaml', '-f', 'json', '--output-file', 'out/report.json']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const report = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8'));
    expect(report[0].warningCount).toBe(1);
    expect(readdirSync(join(dir, 'out'))).toEqual(['report.json']);
  });

  it.each([
    [['-f', 'json', '-f', 'sarif'], /Only one format can print to standard output \(got json, sarif\)/],
    [['-f', 'yaml'], /Unknown format "yaml" in -f yaml; choose one of: stylish, compact, json, sarif, github, junit, checkstyle, markdown, html\./],
    [['-f', 'json', '-f', 'sarif:r.sarif', '--output-file', 'x.json'], /--output-file takes a single format/],
    [['-f', 'sarif:'], /names no file after the colon/],
    [['-f', 'json:same.txt', '-f', 'sarif:same.txt'], /Two formats write to "same.txt"/],
  ])('rejects %j with one line and exit 2', async (args, expected) => {
    file('care.okr.yaml', ONE_WARNING);
    const { code, stdout, stderr } = await run(['care.okr.yaml', ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(expected);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('fails with one line naming the report when it cannot be written', async () => {
    file('care.okr.yaml', ONE_WARNING);
    file('blocked', 'a file where a directory should be');
    const { code, stderr } = await run(['care.okr.yaml', '-f', 'sarif:blocked/okrlint.sarif']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^okrlint: Cannot (write|create the directory) "[^"]*blocked[^"]*".*: .+\n$/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('exit status', () => {
  it('exits 1 for errors, however many, never with a count', async () => {
    for (const name of ['a', 'b', 'c']) file(`${name}.okr.yaml`, SYNTAX_ERROR);
    expect((await run(['.'])).code).toBe(1);
  });

  it('--max-warnings exits 1 with a line saying so when warnings exceed it', async () => {
    file('care.okr.yaml', ONE_WARNING);
    expect((await run(['care.okr.yaml', '--max-warnings', '1'])).code).toBe(0);
    const over = await run(['care.okr.yaml', '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('okrlint found too many warnings (1; maximum allowed is 0).\n');
  });

  it('--quiet hides warnings from every output but still counts them for --max-warnings', async () => {
    file('care.okr.yaml', ONE_WARNING);
    const quiet = await run(['care.okr.yaml', '--quiet', '-f', 'compact', '-f', 'json:r.json', '--max-warnings', '0']);
    expect(quiet.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'))[0].messages).toEqual([]);
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toContain('too many warnings (1;');
    expect((await run(['care.okr.yaml', '--quiet'])).code).toBe(0);
  });

  it('rejects a --max-warnings that is not a whole number with exit 2', async () => {
    const { code, stderr } = await run(['--max-warnings', 'lots']);
    expect(code).toBe(2);
    expect(stderr).toContain('--max-warnings expects a whole number');
  });
});

describe('--stdin', () => {
  it('lints standard input under the name given by --stdin-filename', async () => {
    const { code, stdout } = await run(['--stdin', '--stdin-filename', 'teams/care.okr.yaml', '-f', 'compact'], { stdin: ONE_WARNING });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^teams\/care\.okr\.yaml:6:\d+: warning .*\[objective-kr-count\]$/m);
  });

  it('calls it <stdin> without a file name, and reports binary input as a file problem', async () => {
    const named = await run(['--stdin', '-f', 'compact'], { stdin: SYNTAX_ERROR });
    expect(named.code).toBe(1);
    expect(named.stdout).toMatch(/^<stdin>:\d+:\d+: error .*\[yaml\/syntax\]$/m);
    const binary = await run(['--stdin', '-f', 'compact'], { stdin: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]) });
    expect(binary.code).toBe(1);
    expect(binary.stdout).toContain('<stdin>:1:1: error This is a binary file');
  });

  it('refuses --stdin-filename without --stdin', async () => {
    const { code, stderr } = await run(['--stdin-filename', 'x.okr.yaml']);
    expect(code).toBe(2);
    expect(stderr).toContain('add --stdin');
  });

  it('works through the built binary with a real pipe', () => {
    const bin = fileURLToPath(new URL('../bin/okrlint.js', import.meta.url));
    const child = spawnSync(process.execPath, [bin, '--stdin', '--stdin-filename', 'piped.okr.yaml', '-f', 'compact'], { input: ONE_WARNING, cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(child.stdout).toMatch(/^piped\.okr\.yaml:6:\d+: warning /);
  });
});

describe('inside GitHub Actions', () => {
  const actions = () => ({ GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: join(dir, 'summary.md') });

  it('prints annotations after the report and appends the markdown report to the job summary', async () => {
    file('care.okr.yaml', ONE_WARNING);
    file('summary.md', '# Earlier step\n');
    const { code, stdout } = await run(['care.okr.yaml'], { env: actions() });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^::warning file=care\.okr\.yaml,line=6,col=\d+,endLine=6,endColumn=\d+,title=okrlint objective-kr-count::/m);
    const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(summary.startsWith('# Earlier step\n## okrlint\n')).toBe(true);
    expect(summary).toContain('| Line | Severity | Rule | Problem | Suggestion |');
  });

  it('keeps a machine format on stdout intact by sending annotations to stderr', async () => {
    file('care.okr.yaml', ONE_WARNING);
    const { stdout, stderr } = await run(['care.okr.yaml', '-f', 'json'], { env: actions() });
    expect(JSON.parse(stdout)[0].warningCount).toBe(1);
    expect(stderr).toMatch(/^::warning file=care\.okr\.yaml/);
  });

  it('does neither with --no-ci-annotations, nor outside Actions', async () => {
    file('care.okr.yaml', ONE_WARNING);
    const off = await run(['care.okr.yaml', '--no-ci-annotations'], { env: actions() });
    expect(off.stdout + off.stderr).not.toContain('::warning');
    expect(existsSync(join(dir, 'summary.md'))).toBe(false);
    const outside = await run(['care.okr.yaml'], { env: { GITHUB_STEP_SUMMARY: join(dir, 'summary.md') } });
    expect(outside.stdout).not.toContain('::warning');
    expect(existsSync(join(dir, 'summary.md'))).toBe(false);
  });
});

describe('colour', () => {
  beforeEach(() => void file('care.okr.yaml', ONE_WARNING));

  it('follows --color/--no-color over NO_COLOR and FORCE_COLOR, and those over the terminal', async () => {
    expect((await run(['care.okr.yaml'], { tty: true })).stdout).toMatch(ANSI);
    expect((await run(['care.okr.yaml'], { tty: false })).stdout).not.toMatch(ANSI);
    expect((await run(['care.okr.yaml'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await run(['care.okr.yaml'], { tty: false, env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await run(['care.okr.yaml', '--no-color'], { tty: true, env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await run(['care.okr.yaml', '--color'], { tty: false, env: { NO_COLOR: '1' } })).stdout).toMatch(ANSI);
  });

  it('never colours machine formats or report files', async () => {
    for (const format of ['compact', 'json', 'sarif', 'github', 'junit', 'checkstyle', 'markdown', 'html']) {
      expect((await run(['care.okr.yaml', '--color', '-f', format], { tty: true })).stdout).not.toMatch(ANSI);
    }
    await run(['care.okr.yaml', '--color', '-f', 'stylish:report.txt'], { tty: true });
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).not.toMatch(ANSI);
  });
});

describe('files ignored by configuration', () => {
  // lint-staged passes ignored files too: skipped with one line on stderr (not a finding), never counted.
  it('skips an explicitly passed ignored file with a note on stderr, as lint-staged passes them, and does not count its warnings', async () => {
    file('.okrlintrc.yaml', 'ignores:\n  - "drafts/**"\n');
    const kept = file('care.okr.yaml', ONE_WARNING);
    const ignored = file('drafts/wip.okr.yaml', ONE_WARNING);
    const { code, stdout, stderr } = await run([kept, ignored, '-f', 'compact', '--max-warnings', '1']);
    expect(stderr).toBe(`okrlint: "${ignored}" not linted: it matches an ignore pattern (ignores in the configuration, or .okrlintignore).\n`);
    expect(code).toBe(0);
    expect(stdout).toContain('care.okr.yaml:6:');
    expect(stdout).not.toContain('wip.okr.yaml');
  });
});

describe('pre-commit hook definition', () => {
  it('runs the package binary on OKR files only, in one process', async () => {
    const { parse } = await import('yaml');
    const root = fileURLToPath(new URL('..', import.meta.url));
    const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string; require_serial?: boolean }[];
    const bin = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin);
    expect(hooks.map((h) => h.id)).toEqual(['okrlint', 'okrlint-all']);
    for (const hook of hooks) {
      expect(hook.language).toBe('node');
      expect(bin).toContain(hook.entry.split(' ')[0]);
      expect(hook.require_serial).toBe(true);
      const files = new RegExp(hook.files);
      for (const name of ['okrs/support.okr.yaml', 'team.okr.yml']) expect(files.test(name)).toBe(true);
      for (const name of ['okrs/support.yaml', 'notes.okr.yaml.bak', 'okr.yaml']) expect(files.test(name)).toBe(false);
    }
  });
});
