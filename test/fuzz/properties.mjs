/**
 * What every fuzzed input must satisfy, whatever it is: no exception escapes (only a
 * FatalError for a bad configuration), no input takes longer than the time bound, and every
 * message is well-formed and inside the file's line range. Parameterised by the code under
 * test, so vitest checks the sources and `npm run fuzz` the built package.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const STACK_FRAME = /^\s+at .+\d+:\d+\)?$/m;

// A library warning printed on okrlint's stderr (e.g. by the yaml parser) is noise in CI: a failure.
const warnings = [];
process.on('warning', (warning) => warnings.push(warning.message));

export function assertNoWarnings(label) {
  if (warnings.length === 0) return;
  const [first] = warnings.splice(0);
  throw new Error(`${label} made Node print a warning: ${first}`);
}

/** The number of lines an editor shows for the text (a BOM is not a line). */
function lineCount(text) {
  return text.split('\n').length;
}

/** A "{{name}}" left in a message is an unfilled template, unless the input itself wrote braces. */
function unfilledTemplate(output, text) {
  return /\{\{\s*\w+\s*\}\}/.test(output) && !text.includes('{{');
}

export function assertMessages(text, results) {
  const lines = lineCount(text.startsWith('\uFEFF') ? text.slice(1) : text);
  for (const result of results) {
    for (const m of result.messages) {
      const where = `${m.ruleId} at ${m.line}:${m.column}-${m.endLine}:${m.endColumn} in a ${lines}-line text`;
      if (!Number.isInteger(m.line) || m.line < 1 || m.line > lines) throw new Error(`line out of range: ${where}`);
      if (!Number.isInteger(m.endLine) || m.endLine < m.line || m.endLine > lines) throw new Error(`end line out of range: ${where}`);
      if (!Number.isInteger(m.column) || m.column < 1 || !Number.isInteger(m.endColumn) || m.endColumn < 1) throw new Error(`bad column: ${where}`);
      if (m.severity !== 1 && m.severity !== 2) throw new Error(`bad severity ${m.severity}: ${where}`);
      if (typeof m.message !== 'string' || m.message.trim() === '' || unfilledTemplate(m.message, text)) throw new Error(`bad message "${m.message}": ${where}`);
      if (m.suggestion !== undefined && (typeof m.suggestion !== 'string' || unfilledTemplate(m.suggestion, text))) throw new Error(`bad suggestion: ${where}`);
    }
  }
}

export function withinTime(bound, label, run) {
  const started = performance.now();
  const value = run();
  const took = performance.now() - started;
  if (took > bound) throw new Error(`${label} took ${Math.round(took)} ms (bound ${bound} ms)`);
  return value;
}

/**
 * @param {object} code  { Linter, resolveRules, lintText, decodeSource, main, FatalError, ruleIds }
 * @param {number} boundMs  the time bound per input
 */
export function makeChecks(code, boundMs) {
  let linter;
  let used = 0;
  // One linter for many inputs, as in a real run (its text-analysis cache is shared);
  // renewed now and then so the project pass's memory does not grow without end.
  const sharedLinter = () => {
    if (!linter || used++ > 500) {
      linter = new code.Linter(code.resolveRules({ preset: 'all' }));
      used = 0;
    }
    return linter;
  };

  function yamlText(text) {
    const result = withinTime(boundMs, 'linting', () => sharedLinter().lintText(text, 'fuzz.okr.yaml'));
    assertMessages(text, [result]);
    assertNoWarnings('linting');
  }

  function bytes(buffer) {
    const outcome = code.decodeSource(buffer);
    if (!outcome.ok) {
      if (!/^file\//.test(outcome.ruleId) || !outcome.message) throw new Error(`bad decode failure ${JSON.stringify(outcome)}`);
      return;
    }
    yamlText(outcome.text);
  }

  function rulesConfig(text, rules) {
    let results;
    try {
      results = withinTime(boundMs, 'linting with a config', () => code.lintText(text, { preset: 'recommended', rules, filePath: 'fuzz.okr.yaml' }));
    } catch (error) {
      if (error instanceof code.FatalError && !error.message.includes('\n')) return;
      throw error;
    }
    assertMessages(text, results);
    assertNoWarnings('linting with a config');
  }

  return { yamlText, bytes, rulesConfig };
}

/** A scratch project for command-line cases: one OKR file, a sub-directory, a config file. */
export function makeCliSandbox(seed) {
  const dir = mkdtempSync(join(tmpdir(), 'okrlint-fuzz-'));
  writeFileSync(join(dir, 'team.okr.yaml'), seed);
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'other.okr.yaml'), seed);
  writeFileSync(join(dir, 'okrlint.config.yaml'), 'rules: {}\n');
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the CLI's main() with captured output; checks the exit code and that no stack trace leaks. */
export async function runCli(main, argv, dir, stdinBytes = new Uint8Array()) {
  let stderr = '';
  const io = {
    stdout: () => undefined,
    stderr: (text) => void (stderr += text),
    cwd: dir,
    env: {},
    stdoutIsTTY: false,
    readStdin: async () => stdinBytes,
  };
  const code = await main(argv, io);
  if (code !== 0 && code !== 1 && code !== 2) throw new Error(`exit code ${code} for ${JSON.stringify(argv)}`);
  if (STACK_FRAME.test(stderr)) throw new Error(`stack trace on stderr for ${JSON.stringify(argv)}:\n${stderr}`);
  if (/internal error/.test(stderr)) throw new Error(`internal error for ${JSON.stringify(argv)}: ${stderr}`);
  assertNoWarnings(`okrlint ${argv.join(' ')}`);
  return code;
}

export function writeConfig(dir, text) {
  writeFileSync(join(dir, 'okrlint.config.yaml'), text);
}
