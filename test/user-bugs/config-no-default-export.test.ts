/**
 * A JavaScript config that exports no configuration, and a package.json that is not JSON:
 * one line naming the file and what to do, exit 2, never the defaults and never an internal
 * error. Through the built binary (needs `npm run build`), because cosmiconfig reads the
 * package.json of the process's working directory, which an in-process run does not change.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeProject, okrFile } from '../config/project.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const okrlint = (args: string[], cwd: string) => {
  const outcome = spawnSync(process.execPath, [join(repoRoot, 'bin/okrlint.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: outcome.status, stdout: outcome.stdout, stderr: outcome.stderr };
};

const HOW = 'export the configuration as the default export: `export default { rules: { ... } }` (in CommonJS, `module.exports = { rules: { ... } }`).';

/** Exactly one line on stderr, no stack frames, nothing linted. */
function expectOneLineFailure(outcome: { code: number | null; stdout: string; stderr: string }, line: string): void {
  expect(outcome.stderr).toBe(`okrlint: ${line}\n`);
  expect(outcome.stderr).not.toMatch(/\n\s+at |internal error/);
  expect(outcome.stdout).toBe('');
  expect(outcome.code).toBe(2);
}

describe('a JavaScript config without a usable default export', () => {
  it.each([
    ['.okrlintrc.mjs', 'export const rules = { "kr-no-source": "off", "no-such-rule": "warn" };\n', 'it has no default export, only the named export rules'],
    ['okrlint.config.mjs', 'export const rules = {};\nexport const ignores = ["drafts/**"];\n', 'it has no default export, only the named exports ignores, rules'],
    ['.okrlintrc.mjs', 'export default null;\n', 'its default export is null'],
    ['.okrlintrc.mjs', 'export default undefined;\n', 'its default export is undefined'],
    ['.okrlintrc.cjs', 'module.exports = null;\n', 'module.exports is null'],
    ['okrlint.config.mjs', '\n', 'the file is empty'],
  ])('%s containing %j is refused, found or named with --config', (file, text, why) => {
    const root = makeProject({ [file]: text, 'pay.okr.yaml': okrFile(3) });
    const message = `Invalid configuration in ${file}: the module exports no configuration (${why}); ${HOW}`;
    expectOneLineFailure(okrlint(['.'], root), message);
    expectOneLineFailure(okrlint(['--config', file, '.'], root), message);
  }, 30_000);

  it('a null default export does not let the search fall through to a config further up', () => {
    const root = makeProject({ '.okrlintrc.yaml': 'rules:\n  kr-no-source: off\n', 'team/okrlint.config.mjs': 'export default null;\n', 'team/pay.okr.yaml': okrFile(3) });
    expectOneLineFailure(okrlint(['.'], join(root, 'team')), `Invalid configuration in okrlint.config.mjs: the module exports no configuration (its default export is null); ${HOW}`);
  }, 30_000);

  it.each([
    ['.okrlintrc.cjs', 'throw 42;\n', '42'],
    ['okrlint.config.mjs', 'throw "not ready";\n', 'not ready'],
  ])('%s that throws a plain value (%j) names the file, found or named with --config', (file, text, shown) => {
    // Second user trial: cosmiconfig's error handling broke on the value and named the folder.
    const root = makeProject({ [file]: text, 'pay.okr.yaml': okrFile(3) });
    const message = `Cannot load config file ${file}: loading it threw ${shown}; fix the module so that it loads.`;
    expectOneLineFailure(okrlint(['.'], root), message);
    expectOneLineFailure(okrlint(['--config', file, '.'], root), message);
  }, 30_000);

  it('a function is not a configuration', () => {
    const root = makeProject({ '.okrlintrc.mjs': 'export default () => ({ rules: {} });\n', 'pay.okr.yaml': okrFile(3) });
    const message = 'Invalid configuration in .okrlintrc.mjs: the default export is a function, and a function is not a configuration; export the configuration object itself: `export default { rules: { ... } }` (in CommonJS, `module.exports = { rules: { ... } }`).';
    expectOneLineFailure(okrlint(['.'], root), message);
    expectOneLineFailure(okrlint(['--config', '.okrlintrc.mjs', '.'], root), message);
  }, 30_000);

  it('a default export is still read, and its unknown rule still reported', () => {
    const good = makeProject({ '.okrlintrc.mjs': 'export default { rules: { "objective-kr-count": ["error", { min: 4 }] } };\n', 'pay.okr.yaml': okrFile(3) });
    const outcome = okrlint(['-f', 'json', '.'], good);
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(1);
    expect(JSON.parse(outcome.stdout)[0].messages).toContainEqual(expect.objectContaining({ ruleId: 'objective-kr-count', severity: 2 }));
    const typo = makeProject({ '.okrlintrc.mjs': 'export default { rules: { "no-such-rule": "warn" } };\n', 'pay.okr.yaml': okrFile(3) });
    const refused = okrlint(['.'], typo);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^okrlint: Invalid configuration in \.okrlintrc\.mjs: rules\["no-such-rule"\]: [^\n]+\n$/);
  }, 30_000);

  it('an empty YAML config is still accepted as the defaults', () => {
    const root = makeProject({ '.okrlintrc.yaml': '', 'pay.okr.yaml': okrFile(3) });
    const outcome = okrlint(['.'], root);
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
  }, 30_000);
});

describe('a package.json that mentions okrlint but is not valid JSON', () => {
  const BROKEN = '{\n  "name": "okrs",\n  "devDependencies": { "okrlint": "^0.1.0" },\n}\n';

  it('is a config error at line and column, not an internal error', () => {
    const root = makeProject({ 'package.json': BROKEN, 'pay.okr.yaml': okrFile(3) });
    expectOneLineFailure(okrlint(['.'], root), 'Cannot parse config file package.json:3:45: trailing comma before "}" (a .json file is parsed as strict JSON).');
  }, 30_000);

  // The search reads package.json first; --config names the file to read and nothing else.
  it('is reported the same way next to a config file, and not read with --config', () => {
    const root = makeProject({ 'package.json': BROKEN, '.okrlintrc.yaml': 'rules:\n  kr-no-source: off\n', 'pay.okr.yaml': okrFile(3) });
    const message = 'Cannot parse config file package.json:3:45: trailing comma before "}" (a .json file is parsed as strict JSON).';
    expectOneLineFailure(okrlint(['.'], root), message);
    const named = okrlint(['--config', '.okrlintrc.yaml', '.'], root);
    expect(named.stderr).toBe('');
    expect(named.code).toBe(0);
  }, 30_000);

  it('a comment in package.json names its place too', () => {
    const root = makeProject({ 'package.json': '{\n  // lint settings\n  "okrlint": { "rules": {} }\n}\n', 'pay.okr.yaml': okrFile(3) });
    expectOneLineFailure(okrlint(['.'], root), 'Cannot parse config file package.json:2:3: comments are not allowed in a .json file (use .okrlintrc.yaml for comments) (a .json file is parsed as strict JSON).');
  }, 30_000);
});

// Windows editors (Notepad) save UTF-8 with a byte order mark; npm reads such a package.json.
describe('a package.json saved with a byte order mark', () => {
  const BOM = '\uFEFF';

  it('is read like any other: its okrlint key applies', () => {
    const root = makeProject({ 'package.json': `${BOM}{\n  "name": "okrs",\n  "okrlint": { "rules": { "objective-kr-count": ["error", { "min": 4 }] } }\n}\n`, 'pay.okr.yaml': okrFile(3) });
    const outcome = okrlint(['-f', 'compact', '.'], root);
    expect(outcome.stderr).toBe('');
    expect(outcome.stdout).toMatch(/^pay\.okr\.yaml:\d+:\d+: error .*\[objective-kr-count\]$/m);
    expect(outcome.code).toBe(1);
  }, 30_000);

  it('with a syntax error, names the line and column', () => {
    const root = makeProject({ 'package.json': `${BOM}{\n  "name": "okrs",\n  "okrlint": { "rules": {} },\n}\n`, 'pay.okr.yaml': okrFile(3) });
    expectOneLineFailure(okrlint(['.'], root), 'Cannot parse config file package.json:3:29: trailing comma before "}" (a .json file is parsed as strict JSON).');
  }, 30_000);
});

// A JavaScript config is code: reading its export can run a getter, or a Proxy trap, that throws.
describe('a JavaScript config whose default export throws when read', () => {
  const HOW_PLAIN = 'the default export must be plain data, so compute its values before exporting them.';

  it.each([
    ['okrlint.config.mjs', 'export default { get rules() { throw new Error("RULES_FILE is not set"); } };\n', 'reading rules threw "RULES_FILE is not set"'],
    ['okrlint.config.js', 'module.exports = { rules: {}, overrides: [{ files: "x", get rules() { throw "no rules for x"; } }] };\n', 'reading overrides[0].rules threw "no rules for x"'],
    ['.okrlintrc.mjs', 'export default new Proxy({}, { ownKeys() { throw new TypeError("keys are secret"); } });\n', 'reading the default export threw "keys are secret"'],
  ])('%s is a config error naming the file and the property, exit 2', (file, text, what) => {
    const root = makeProject({ [file]: text, 'pay.okr.yaml': okrFile(3) });
    const message = `Invalid configuration in ${file}: ${what}; ${HOW_PLAIN}`;
    expectOneLineFailure(okrlint(['.'], root), message);
    expectOneLineFailure(okrlint(['--config', file, '.'], root), message);
  }, 30_000);
});
