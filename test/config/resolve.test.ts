/** Point 2 (extends, rules, overrides, ignores), point 6 (vocabulary options) and the linter reuse per config. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules, lintFiles } from '../../src/api.js';
import { LinterPool } from '../../src/config/linter-pool.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { makeProject, okrFile, ruleIdsByFile, run } from './project.js';

const resolveIn = (cwd: string, config?: string | false) => resolveConfig({ cwd, builtinRules, config });

async function settings(files: Record<string, string>, file = 'a.okr.yaml'): Promise<Record<string, unknown>> {
  const root = makeProject(files);
  return (await resolveIn(root)).rulesFor(join(root, file)).rules;
}

describe('extends', () => {
  it('starts from okrlint:recommended when a config has no extends, and from nothing with extends: []', async () => {
    const implicit = await settings({ '.okrlintrc.yaml': 'rules: {}\n' });
    expect(implicit['objective-kr-count']).toBe('warn');
    expect(implicit['kr-no-source']).toBeUndefined();
    expect(await settings({ '.okrlintrc.yaml': 'extends: []\nrules:\n  kr-duplicate: error\n' })).toEqual({ 'kr-duplicate': 'error' });
  });

  it('offers okrlint:strict and okrlint:all', async () => {
    expect((await settings({ '.okrlintrc.yaml': 'extends: okrlint:strict\n' }))['kr-no-source']).toBe('warn');
    const all = await settings({ '.okrlintrc.yaml': 'extends: okrlint:all\n' });
    expect(Object.keys(all).sort()).toEqual(builtinRules.map((r) => r.name).sort());
  });

  it('follows relative paths in order; a later bare severity keeps earlier options', async () => {
    const rules = await settings({
      'shared/base.yaml': 'extends: []\nrules:\n  objective-kr-count: [warn, { min: 2, max: 4 }]\n  kr-duplicate: warn\n',
      'shared/team.json': '{ "extends": "./base.yaml", "rules": { "kr-duplicate": "off" } }',
      '.okrlintrc.yaml': 'extends: [./shared/team.json]\nrules:\n  objective-kr-count: error\n',
    });
    expect(rules).toEqual({ 'objective-kr-count': ['error', { min: 2, max: 4 }], 'kr-duplicate': 'off' });
  });

  it('loads shareable configs from npm packages, by full or short name', async () => {
    const pkg = {
      'node_modules/okrlint-config-payments/package.json': '{ "name": "okrlint-config-payments", "main": "index.cjs" }',
      'node_modules/okrlint-config-payments/index.cjs': 'module.exports = { extends: [], rules: { "objective-kr-count": ["warn", { "max": 3 }] } };',
      'node_modules/@acme/okrlint-config/package.json': '{ "name": "@acme/okrlint-config", "main": "config.json" }',
      'node_modules/@acme/okrlint-config/config.json': '{ "rules": { "kr-duplicate": "error" } }',
    };
    expect(await settings({ ...pkg, '.okrlintrc.yaml': 'extends: [payments]\n' })).toEqual({ 'objective-kr-count': ['warn', { max: 3 }] });
    expect((await settings({ ...pkg, '.okrlintrc.yaml': 'extends: [okrlint-config-payments, "@acme/okrlint-config"]\n' }))['kr-duplicate']).toBe('error');
  });

  it('reports a missing shareable config, a missing path and a cycle', async () => {
    await expect(resolveIn(makeProject({ '.okrlintrc.yaml': 'extends: [nothing-here]\n' }))).rejects.toThrow(
      'Invalid configuration in .okrlintrc.yaml:1:11: extends[0]: cannot find the shareable config "nothing-here"; install it (npm install --save-dev okrlint-config-nothing-here) or use a relative path starting with "./".',
    );
    await expect(resolveIn(makeProject({ '.okrlintrc.yaml': 'extends:\n  - ./missing.yaml\n' }))).rejects.toThrow(/^Invalid configuration in \.okrlintrc\.yaml:2:5: extends\[0\]: Cannot read extended config "\.\/missing\.yaml": no such file/);
    await expect(resolveIn(makeProject({ '.okrlintrc.yaml': 'extends: [./b.yaml]\n', 'b.yaml': 'extends: [./.okrlintrc.yaml]\n' }))).rejects.toThrow('Configuration cycle: .okrlintrc.yaml -> b.yaml -> .okrlintrc.yaml.');
  });
});

describe('overrides', () => {
  const files = {
    '.okrlintrc.yaml': [
      'rules:',
      '  objective-kr-count: [warn, { min: 3 }]',
      'overrides:',
      '  - files: ["teams/**/*.okr.yaml"]',
      '    rules:',
      '      objective-kr-count: error',
      '  - files: ["teams/drafts/**"]',
      '    excludedFiles: ["teams/drafts/keep.okr.yaml"]',
      '    rules:',
      '      objective-kr-count: "off"',
      '  - files: ["*.draft.okr.yaml"]',
      '    rules:',
      '      objective-kr-count: "off"',
      '',
    ].join('\n'),
    'top.okr.yaml': okrFile(2),
    'teams/pay.okr.yaml': okrFile(2),
    'teams/drafts/new.okr.yaml': okrFile(2),
    'teams/drafts/keep.okr.yaml': okrFile(2),
    'teams/deep/x.draft.okr.yaml': okrFile(2),
  };

  it('applies matching entries in order (later wins), with globs relative to the config file', async () => {
    const root = makeProject(files);
    const outcome = await run(['-f', 'json', '.'], join(root, 'teams'));
    const byFile = ruleIdsByFile(outcome.stdout, root);
    expect(byFile['teams/pay.okr.yaml']).toContain('objective-kr-count');
    expect(byFile['teams/drafts/new.okr.yaml']).not.toContain('objective-kr-count');
    expect(byFile['teams/drafts/keep.okr.yaml']).toContain('objective-kr-count');
    expect(byFile['teams/deep/x.draft.okr.yaml'], 'a glob without a slash matches at any depth').not.toContain('objective-kr-count');
    const pay = JSON.parse(outcome.stdout).find((r: { filePath: string }) => r.filePath.endsWith('teams/pay.okr.yaml'));
    expect(pay.messages.find((m: { ruleId: string }) => m.ruleId === 'objective-kr-count').severity, 'severity from the override, options kept').toBe(2);
  });

  it('builds one linter per distinct combination of overrides, not one per file', async () => {
    const root = makeProject(files);
    const config = await resolveIn(root);
    const pool = new LinterPool(config);
    const linters = ['top.okr.yaml', 'teams/pay.okr.yaml', 'teams/drafts/new.okr.yaml', 'teams/drafts/keep.okr.yaml', 'teams/deep/x.draft.okr.yaml'].map((f) => pool.linterFor(join(root, f)));
    expect(pool.size).toBe(4);
    expect(linters[1]).toBe(linters[3]);
    expect(config.rulesFor(join(root, 'teams/pay.okr.yaml'))).toBe(config.rulesFor(join(root, 'teams/drafts/keep.okr.yaml')));
  });

  it('--print-config shows the rules for one file, options filled in', async () => {
    const root = makeProject(files);
    const outcome = await run(['--print-config', 'teams/drafts/new.okr.yaml'], root);
    expect(outcome.code).toBe(0);
    const printed = JSON.parse(outcome.stdout);
    expect(printed).toMatchObject({ configFile: join(root, '.okrlintrc.yaml'), ignored: false });
    expect(printed.rules['objective-kr-count']).toBeUndefined();
    const top = JSON.parse((await run(['--print-config', 'top.okr.yaml'], root)).stdout);
    expect(top.rules['objective-kr-count']).toEqual(['warn', { min: 3, max: 5 }]);
  });
});

describe('ignores', () => {
  it('skips files matched by ignores and .okrlintignore (gitignore syntax, negation included)', async () => {
    const root = makeProject({
      '.okrlintrc.yaml': 'ignores: ["archive/**"]\n',
      '.okrlintignore': '# generated exports\nexports/\n*.bak.okr.yaml\n!keep.bak.okr.yaml\n',
      'a.okr.yaml': okrFile(3),
      'archive/old.okr.yaml': okrFile(3),
      'exports/x.okr.yaml': okrFile(3),
      'b.bak.okr.yaml': okrFile(3),
      'keep.bak.okr.yaml': okrFile(3),
    });
    const results = await lintFiles(['.'], { cwd: root });
    expect(results.map((r) => r.filePath.slice(root.length + 1))).toEqual(['a.okr.yaml', 'keep.bak.okr.yaml']);
    const printed = JSON.parse((await run(['--print-config', 'archive/old.okr.yaml'], root)).stdout);
    expect(printed.ignored).toBe(true);
  });

  it('reads .okrlintignore even without a config file', async () => {
    const root = makeProject({ '.okrlintignore': 'skip/\n', 'a.okr.yaml': okrFile(3), 'skip/b.okr.yaml': okrFile(3) });
    expect((await lintFiles(['.'], { cwd: root })).map((r) => r.filePath)).toEqual([join(root, 'a.okr.yaml')]);
  });
});

describe('--config, --no-config and --rule', () => {
  it('--no-config never reads the repository config, even a broken one', async () => {
    const root = makeProject({ '.okrlintrc.yaml': 'rules: [broken\n', 'a.okr.yaml': okrFile(2) });
    expect((await run(['.'], root)).code).toBe(2);
    const outcome = await run(['--no-config', '-f', 'json', '.'], root);
    expect(outcome.code).toBe(0);
    expect(ruleIdsByFile(outcome.stdout, root)['a.okr.yaml']).toEqual(['objective-kr-count']);
  });

  it('--no-config also keeps JS configs from running', async () => {
    const root = makeProject({ 'okrlint.config.cjs': 'require("fs").writeFileSync(__dirname + "/ran", "x"); module.exports = {};', 'a.okr.yaml': okrFile(3) });
    await run(['--no-config', '.'], root);
    const { existsSync } = await import('node:fs');
    expect(existsSync(join(root, 'ran'))).toBe(false);
  });

  it('--config names the file to use instead of the discovered one', async () => {
    const root = makeProject({ '.okrlintrc.yaml': 'rules:\n  objective-kr-count: "off"\n', 'ci/strict.yaml': 'extends: okrlint:strict\nrules:\n  objective-kr-count: error\n', 'a.okr.yaml': okrFile(2) });
    expect((await run(['.'], root)).code).toBe(0);
    const outcome = await run(['--config', 'ci/strict.yaml', '-f', 'json', '.'], root);
    expect(outcome.code).toBe(1);
    expect(ruleIdsByFile(outcome.stdout, root)['a.okr.yaml']).toContain('kr-no-source');
  });

  it('--rule applies last, on every file, and is repeatable', async () => {
    const root = makeProject({ '.okrlintrc.yaml': 'rules:\n  objective-kr-count: [warn, { min: 2 }]\n', 'a.okr.yaml': okrFile(2) });
    expect((await run(['.'], root)).code).toBe(0);
    const outcome = await run(['--rule', 'objective-kr-count: [error, {"min": 3}]', '--rule', 'kr-no-source: warn', '-f', 'json', '.'], root);
    expect(outcome.code).toBe(1);
    expect(ruleIdsByFile(outcome.stdout, root)['a.okr.yaml']).toEqual(expect.arrayContaining(['objective-kr-count', 'kr-no-source']));
    expect((await run(['--rule', 'objective-kr-count: "off"', '.'], root)).code).toBe(0);
  });
});

describe('vocabulary options (point 6)', () => {
  const unbalanced = okrFile(0).replace(
    '    key_results:\n',
    '    key_results:\n      - Cut average handle time from 14 min to 9 min\n      - Cut cost per ticket from $11 to $8\n      - Raise glimmer score from 3.1 to 4.0\n',
  );

  it('passes a rule\'s vocabulary options through to the rule', async () => {
    const flagged = makeProject({ 'a.okr.yaml': unbalanced });
    expect(ruleIdsByFile((await run(['-f', 'json', '.'], flagged)).stdout, flagged)['a.okr.yaml']).toContain('kr-unbalanced');
    const taught = makeProject({ 'a.okr.yaml': unbalanced, '.okrlintrc.yaml': 'rules:\n  kr-unbalanced: [warn, { extraQualityTerms: [glimmer score] }]\n' });
    expect(ruleIdsByFile((await run(['-f', 'json', '.'], taught)).stdout, taught)['a.okr.yaml']).not.toContain('kr-unbalanced');
  });

  it('validates vocabulary options against the rule schema', async () => {
    const root = makeProject({ 'a.okr.yaml': unbalanced, '.okrlintrc.yaml': 'rules:\n  kr-unbalanced: [warn, { extraQualityTerms: glimmer score }]\n' });
    const outcome = await run(['.'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe('okrlint: Invalid configuration in .okrlintrc.yaml:2:46: rules["kr-unbalanced"][1].extraQualityTerms: option "extraQualityTerms" of rule "kr-unbalanced" must be a list, got "glimmer score".\n');
  });
});
