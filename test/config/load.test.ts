/** Point 1 and the parse errors of point 3: which file is found, and how a broken file is reported. */
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findConfig, loadConfigFile } from '../../src/config/load.js';
import { parseStrictJson, lineColumn } from '../../src/config/json.js';
import { makeProject, okrFile, run, writeFiles } from './project.js';

const RULES_YAML = 'rules:\n  objective-kr-count: [error, { min: 2 }]\n';

describe('discovery', () => {
  it.each([
    ['.okrlintrc', RULES_YAML],
    ['.okrlintrc.yaml', RULES_YAML],
    ['.okrlintrc.yml', RULES_YAML],
    ['.okrlintrc.json', '{ "rules": { "objective-kr-count": ["error", { "min": 2 }] } }'],
    ['.okrlintrc.js', 'export default { rules: { "objective-kr-count": ["error", { min: 2 }] } };'],
    ['.okrlintrc.cjs', 'module.exports = { rules: { "objective-kr-count": ["error", { min: 2 }] } };'],
    ['.okrlintrc.mjs', 'export default { rules: { "objective-kr-count": ["error", { min: 2 }] } };'],
    ['okrlint.config.js', 'export default { rules: { "objective-kr-count": ["error", { min: 2 }] } };'],
    ['okrlint.config.mjs', 'export default { rules: { "objective-kr-count": ["error", { min: 2 }] } };'],
    ['okrlint.config.cjs', 'module.exports = { rules: { "objective-kr-count": ["error", { min: 2 }] } };'],
    ['package.json', '{ "name": "okrs", "type": "module", "okrlint": { "rules": { "objective-kr-count": ["error", { "min": 2 }] } } }'],
  ])('finds %s', async (file, content) => {
    const root = makeProject({ [file]: content, ...(file.endsWith('.js') ? { 'package.json': '{"type":"module"}' } : {}) });
    const found = await findConfig(root);
    expect(found?.source.name).toBe(join(root, file));
    expect(found?.data.rules).toEqual({ 'objective-kr-count': ['error', { min: 2 }] });
  });

  it('searches from a subdirectory up to the repository root', async () => {
    const root = makeProject({ '.okrlintrc.yaml': RULES_YAML, 'teams/payments/q2.okr.yaml': okrFile(2) });
    const found = await findConfig(join(root, 'teams', 'payments'));
    expect(found?.source.name).toBe(join(root, '.okrlintrc.yaml'));
  });

  it('stops at the directory holding .git', async () => {
    const outer = makeProject({ '.okrlintrc.yaml': RULES_YAML });
    mkdirSync(join(outer, 'inner', '.git'), { recursive: true });
    expect(await findConfig(join(outer, 'inner'))).toBeUndefined();
  });

  it('ignores a package.json without an okrlint key', async () => {
    const root = makeProject({ 'package.json': '{ "name": "x" }', '.okrlintrc.yaml': RULES_YAML });
    expect((await findConfig(root))?.source.name).toBe(join(root, '.okrlintrc.yaml'));
  });

  it('looks past a package.json that only depends on okrlint, to a config further up', async () => {
    const root = makeProject({
      '.okrlintrc.yaml': RULES_YAML,
      'okrs/package.json': '{ "name": "okrs", "devDependencies": { "okrlint": "^0.1.0" } }',
      'tools/package.json': '{ "name": "okrlint", "okrlint": null }',
    });
    expect((await findConfig(join(root, 'okrs')))?.source.name).toBe(join(root, '.okrlintrc.yaml'));
    expect((await findConfig(join(root, 'tools')))?.source.name).toBe(join(root, '.okrlintrc.yaml'));
  });

  it('takes an okrlint key of false as a configuration, as cosmiconfig does', async () => {
    const root = makeProject({ '.okrlintrc.yaml': RULES_YAML, 'okrs/package.json': '{ "okrlint": false }' });
    expect((await findConfig(join(root, 'okrs')))?.source.name).toBe(join(root, 'okrs', 'package.json'));
  });

  it('still reports a broken package.json that mentions okrlint', async () => {
    const root = makeProject({ 'package.json': '{ "devDependencies": { "okrlint": "^0.1.0" }, }', 'a.okr.yaml': okrFile(3) });
    const outcome = await run(['.'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/^okrlint: Cannot parse config file package\.json:1:\d+: /);
  });

  it('applies the discovered config when linting', async () => {
    const root = makeProject({ '.okrlintrc.yaml': 'rules:\n  objective-kr-count: [error, { min: 4 }]\n', 'a.okr.yaml': okrFile(3) });
    const outcome = await run(['-f', 'json', '.'], root);
    expect(outcome.code).toBe(1);
    expect(JSON.parse(outcome.stdout)[0].messages).toContainEqual(expect.objectContaining({ ruleId: 'objective-kr-count', severity: 2 }));
  });
});

describe('parse errors are fatal and placed', () => {
  it('rejects a comment in a .json file with line and column', async () => {
    const root = makeProject({ '.okrlintrc.json': '{\n  // tighter bounds\n  "rules": {}\n}\n', 'a.okr.yaml': okrFile(3) });
    const outcome = await run(['.'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe('okrlint: Cannot parse config file .okrlintrc.json:2:3: comments are not allowed in a .json file (use .okrlintrc.yaml for comments) (a .json file is parsed as strict JSON).\n');
  });

  it('rejects a trailing comma in a .json file, pointing at the comma', async () => {
    const root = makeProject({ '.okrlintrc.json': '{\n  "rules": { "objective-kr-count": "warn", }\n}\n' });
    const outcome = await run(['rules'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('.okrlintrc.json:2:42: trailing comma before "}"');
  });

  it('never reads a .json file as YAML, even when YAML would accept it', async () => {
    const root = makeProject({ '.okrlintrc.json': 'rules:\n  objective-kr-count: warn\n' });
    await expect(findConfig(root)).rejects.toThrow(/\.okrlintrc\.json:1:1: unexpected character "r"/);
  });

  it('reports a YAML syntax error with line and column', async () => {
    const root = makeProject({ '.okrlintrc.yaml': 'rules:\n  objective-kr-count: [warn\n' });
    const outcome = await run(['rules'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/^okrlint: Cannot parse config file \.okrlintrc\.yaml:\d+:\d+: .+\.\n$/);
  });

  it('reports a JS config that throws, in one line', async () => {
    const root = makeProject({ 'okrlint.config.cjs': 'throw new Error("boom from config")' });
    const outcome = await run(['rules'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe('okrlint: Cannot load config file okrlint.config.cjs: boom from config\n');
  });

  it('refuses a directory given as --config in one line, naming a file to use instead', async () => {
    const root = makeProject({ 'a.okr.yaml': okrFile(3), 'settings/.keep': '' });
    const outcome = await run(['--config', 'settings', '.'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe('okrlint: Cannot read config file "settings": it is a directory; name a configuration file in it, such as settings/.okrlintrc.yaml.\n');
  });

  it('treats a missing --config file as fatal and names it', async () => {
    const root = makeProject({ 'a.okr.yaml': okrFile(3) });
    const outcome = await run(['--config', 'nope.yaml', '.'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe(`okrlint: Cannot read config file "nope.yaml": no such file (looked for nope.yaml).\n`);
  });

  it('refuses an unknown file type given with --config', async () => {
    const root = makeProject({ 'okr.toml': 'rules = {}' });
    await expect(findConfig(root).then(() => loadConfigFile("okr.toml", root))).rejects.toThrow('Cannot load config file okr.toml: okrlint reads .json, .yaml, .yml, .js, .cjs, .mjs and extension-less YAML files.');
  });
});

describe('strict JSON scanner', () => {
  it.each([
    ['{"a": 1,}', 7, 'trailing comma before "}"'],
    ['[1, 2,]', 5, 'trailing comma before "]"'],
    ["{'a': 1}", 1, 'a property name in double quotes was expected'],
    ['{"a": 1} x', 9, 'unexpected content after the end of the JSON value'],
    ['{"a": /* c */ 1}', 6, 'comments are not allowed in a .json file (use .okrlintrc.yaml for comments)'],
    ['{"a" 1}', 5, '":" was expected after the property name'],
  ])('%s', (text, offset, reason) => {
    expect(parseStrictJson(text)).toEqual({ ok: false, error: { offset, reason } });
  });

  it('accepts valid JSON with a BOM and counts CRLF as one line break', () => {
    expect(parseStrictJson('\uFEFF{"a": [1]}')).toEqual({ ok: true, value: { a: [1] } });
    expect(lineColumn('{\r\n  "a"', 5)).toEqual({ line: 2, column: 3 });
  });
});

// Without a git repository the search stops at the home directory, as stylelint's (cosmiconfig)
// does; a package.json does not stop it, or a package of a monorepo would miss the shared config.
describe('discovery outside a git repository', () => {
  const savedHome = process.env.HOME;
  let outer: string;
  const plainTree = (files: Record<string, string>) => {
    outer = realpathSync(mkdtempSync(join(tmpdir(), 'okrlint-nogit-')));
    writeFiles(outer, files);
    return outer;
  };
  afterEach(() => {
    process.env.HOME = savedHome;
    rmSync(outer, { recursive: true, force: true });
  });

  it('finds the config of a parent directory, past a package.json', async () => {
    const root = plainTree({ '.okrlintrc.yaml': RULES_YAML, 'packages/web/package.json': '{ "name": "web" }' });
    expect((await findConfig(join(root, 'packages', 'web')))?.source.name).toBe(join(root, '.okrlintrc.yaml'));
  });

  it('stops at the home directory: a config above it is not read', async () => {
    const root = plainTree({ '.okrlintrc.yaml': RULES_YAML, 'home/ana/okrs/a.okr.yaml': okrFile(3) });
    process.env.HOME = join(root, 'home', 'ana');
    expect(await findConfig(join(root, 'home', 'ana', 'okrs'))).toBeUndefined();
  });
});
