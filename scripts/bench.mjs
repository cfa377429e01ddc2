#!/usr/bin/env node
// npm run bench — okrlint against the YAML-parse floor (scripts/floor.mjs) and `node -e 0`.
//
//   node scripts/bench.mjs [--sizes 1,100,1000,10000] [--rounds N] [--baseline] [--json FILE]
//                          [--okrlint-args "--rule 'some-rule: off'"]
//
// Generates deterministic corpora with ../shared/bench/gen-corpus.mjs (or $OKRLINT_GEN_CORPUS)
// into a temporary directory. Every round runs each command once, in turn, through hyperfine
// (-N, one run), so drift on a shared machine hits every command alike; peak memory comes from
// GNU time (%M) wrapped around the same runs. Prints medians, peak RSS and the target ratios.
// --baseline times only the plain okrlint run (for builds without --concurrency/--cache).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin/okrlint.js');
const FLOOR = join(ROOT, 'scripts/floor.mjs');
const GEN = process.env.OKRLINT_GEN_CORPUS ?? resolve(ROOT, '../shared/bench/gen-corpus.mjs');
const DEFAULT_ROUNDS = { 1: 10, 100: 7, 1000: 5, 10000: 3 };

function parseArgs(argv) {
  const args = { sizes: [1, 100, 1000, 10000], rounds: undefined, baseline: false, json: undefined, extra: [] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => argv[++i] ?? fail(`${flag} needs a value`);
    if (flag === '--sizes') args.sizes = value().split(',').map(Number);
    else if (flag === '--rounds') args.rounds = Number(value());
    else if (flag === '--baseline') args.baseline = true;
    else if (flag === '--json') args.json = value();
    else if (flag === '--okrlint-args') args.extra = value().split(/\s+/).filter(Boolean);
    else fail(`unknown argument ${flag}; usage: bench.mjs [--sizes 1,100] [--rounds N] [--baseline] [--json FILE]`);
  }
  if (args.sizes.some((n) => !Number.isInteger(n) || n < 1)) fail('--sizes takes whole numbers such as 1,100,1000');
  return args;
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

function requireTool(command, hint) {
  if (spawnSync(command, ['--version'], { stdio: 'ignore' }).error) fail(`${command} not found; ${hint}`);
}

/** The commands timed for one corpus; each name maps to argv (without the time wrapper). */
function commandsFor(size, corpus, cacheFile, baseline, extra) {
  const okrlint = ['node', BIN, corpus, ...extra];
  const commands = {
    'node -e 0': ['node', '-e', '0'],
    floor: ['node', FLOOR, corpus],
    'okrlint (1 thread)': [...okrlint, '--concurrency', 'off'],
  };
  if (baseline) {
    commands['okrlint (1 thread)'] = okrlint;
    return commands;
  }
  if (size > 1) commands['okrlint --concurrency auto'] = [...okrlint, '--concurrency', 'auto'];
  if (size === 1000) {
    commands['okrlint --cache (cold)'] = [...okrlint, '--concurrency', 'off', '--cache', '--cache-location', `${cacheFile}.cold`];
    commands['okrlint --cache (warm)'] = [...okrlint, '--concurrency', 'off', '--cache', '--cache-location', cacheFile];
  }
  return commands;
}

function runRound(commands, rssDir, prepare) {
  const hyperfineArgs = ['-N', '-i', '--runs', '1', '--style', 'none', '--export-json', join(rssDir, 'round.json')];
  for (const [name, argv] of Object.entries(commands)) {
    const wrapped = ['/usr/bin/time', '-f', '%M', '-a', '-o', rssFile(rssDir, name), ...argv];
    if (prepare[name]) hyperfineArgs.push('--prepare', prepare[name]);
    else hyperfineArgs.push('--prepare', 'true');
    hyperfineArgs.push('-n', name, wrapped.map(quote).join(' '));
  }
  execFileSync('hyperfine', hyperfineArgs, { stdio: 'pipe' });
  const { results } = JSON.parse(readFileSync(join(rssDir, 'round.json'), 'utf8'));
  // Exit 1 means findings (expected); anything else means the timing measured a failure.
  const failed = results.filter((r) => r.exit_codes.some((code) => code !== 0 && code !== 1));
  if (failed.length > 0) fail(`${failed.map((r) => r.command).join(', ')} exited with ${failed[0].exit_codes.join(', ')}; run it by hand to see why`);
  return Object.fromEntries(results.map((r) => [r.command, r.times[0]]));
}

/** hyperfine -N splits the command like a shell: quote arguments that hold quotes or spaces. */
function quote(arg) {
  return /^[\w./:=@%+,-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

function rssFile(dir, name) {
  return join(dir, `rss-${name.replace(/[^a-z0-9]+/gi, '_')}.txt`);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function benchSize(size, args, work) {
  const corpus = join(work, `c${size}`);
  execFileSync('node', [GEN, '--out', corpus, '--files', String(size)], { stdio: 'ignore' });
  const cacheFile = join(work, `cache-${size}`);
  const commands = commandsFor(size, corpus, cacheFile, args.baseline, args.extra);
  const prepare = { 'okrlint --cache (cold)': `rm -f ${cacheFile}.cold` };
  if (commands['okrlint --cache (warm)']) spawnSync(commands['okrlint --cache (warm)'][0], commands['okrlint --cache (warm)'].slice(1), { stdio: 'ignore' });
  const rounds = args.rounds ?? DEFAULT_ROUNDS[size] ?? 3;
  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    process.stderr.write(`bench: ${size} file(s), round ${round + 1}/${rounds}\n`);
    for (const [name, seconds] of Object.entries(runRound(commands, work, prepare))) times[name].push(seconds);
  }
  const rows = {};
  for (const name of Object.keys(commands)) {
    const kb = readFileSync(rssFile(work, name), 'utf8').trim().split('\n').map(Number).filter((n) => n > 0);
    rmSync(rssFile(work, name));
    rows[name] = { median: median(times[name]), min: Math.min(...times[name]), max: Math.max(...times[name]), rssMB: median(kb) / 1024 };
  }
  return { size, rounds, rows };
}

function ratios(results) {
  const at = (size) => results.find((r) => r.size === size)?.rows;
  const lines = [];
  const ratio = (label, a, b, target) => {
    if (a === undefined || b === undefined) return;
    const value = a / b;
    lines.push(`| ${label} | ${value.toFixed(2)}x | <= ${target}x | ${value <= target ? 'met' : 'NOT met'} |`);
  };
  const one = at(1);
  ratio('1 file cold run / node -e 0', one?.['okrlint (1 thread)']?.median, one?.['node -e 0']?.median, 2.5);
  for (const size of [1000, 10000]) {
    const rows = at(size);
    ratio(`${size} files, 1 thread / floor`, rows?.['okrlint (1 thread)']?.median, rows?.floor?.median, 1.25);
    ratio(`${size} files, --concurrency auto / floor`, rows?.['okrlint --concurrency auto']?.median, rows?.floor?.median, 0.8);
  }
  const big = at(10000);
  ratio('10000 files, peak RSS 1 thread / floor', big?.['okrlint (1 thread)']?.rssMB, big?.floor?.rssMB, 2);
  ratio('10000 files, peak RSS auto / floor', big?.['okrlint --concurrency auto']?.rssMB, big?.floor?.rssMB, 2);
  const thousand = at(1000);
  ratio('1000 files, warm cache / cold cache', thousand?.['okrlint --cache (warm)']?.median, thousand?.['okrlint --cache (cold)']?.median, 0.3);
  return lines;
}

function report(results) {
  const out = [];
  const ms = (s) => (s >= 10 ? `${s.toFixed(1)} s` : s >= 1 ? `${s.toFixed(2)} s` : `${Math.round(s * 1000)} ms`);
  for (const { size, rounds, rows } of results) {
    const floor = rows.floor.median;
    out.push(`### ${size} file${size === 1 ? '' : 's'} (median of ${rounds} alternating rounds)`, '');
    out.push('| command | median | min - max | peak RSS | x floor |', '|---|---:|---:|---:|---:|');
    for (const [name, row] of Object.entries(rows)) {
      out.push(`| ${name} | ${ms(row.median)} | ${ms(row.min)} - ${ms(row.max)} | ${Math.round(row.rssMB)} MB | ${(row.median / floor).toFixed(2)}x |`);
    }
    out.push('');
  }
  out.push('### Targets', '', '| ratio | measured | target | |', '|---|---:|---:|---|', ...ratios(results), '');
  return out.join('\n');
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  requireTool('hyperfine', 'install it (Debian: apt-get install -y hyperfine)');
  if (!existsSync('/usr/bin/time')) fail('GNU time (/usr/bin/time) not found; Debian: apt-get install -y time');
  if (!existsSync(GEN)) fail(`corpus generator not found at ${GEN}; set OKRLINT_GEN_CORPUS`);
  if (!existsSync(join(ROOT, 'dist/src/cli.js'))) fail('okrlint is not built; run npm run build first');
  const work = mkdtempSync(join(tmpdir(), 'okrlint-bench-'));
  try {
    const results = args.sizes.map((size) => benchSize(size, args, work));
    const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${process.platform}`;
    process.stdout.write(`Machine: ${machine}\n\n${report(results)}`);
    if (args.json) writeFileSync(args.json, `${JSON.stringify({ machine, date: new Date().toISOString(), results }, null, 2)}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
