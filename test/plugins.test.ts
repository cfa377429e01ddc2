/** Point 5: plugins by name, scope or path; their rules as <name>/rule-id; their configs; their errors. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinRules, lintText } from '../src/api.js';
import { resolveConfig } from '../src/config/resolve.js';
import { pluginRequest } from '../src/plugins/load.js';
import { makeProject, okrFile, run } from './config/project.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../..');
const examples = join(repoRoot, 'examples');

/** A plugin whose one rule flags key results that mention "synergy", in ESM or CommonJS. */
function pluginSource(kind: 'esm' | 'cjs', importKit = false): string {
  const rule = `{
    name: 'kr-no-synergy',
    meta: {
      type: 'suggestion', defaultSeverity: 'warn',
      docs: { description: 'Say what changes instead of "synergy".', rationale: 'Nobody can measure synergy.', recommended: false, examples: { valid: [], invalid: [] } },
      messages: { found: 'Key result relies on "synergy".' },
      schema: { type: 'object', properties: { word: { type: 'string' } }, additionalProperties: false },
      defaultOptions: { word: 'synergy' },
    },
    create(context) {
      return {
        keyResult(kr) {
          if (kr.title.toLowerCase().includes(context.options.word)) context.report({ node: kr, messageId: 'found', suggestion: 'Name the metric: ' + kr.title.replace(/synergy/i, '<metric>') });
        },
      };
    },
  }`;
  const wrapped = importKit ? `defineRule(${rule})` : rule;
  const body = `{ rules: { 'kr-no-synergy': ${wrapped} }, configs: { recommended: { rules: { '@NS@/kr-no-synergy': 'error' } } } }`;
  if (kind === 'cjs') return `module.exports = ${body};`;
  return `${importKit ? "import { defineRule } from 'okrlint/rule-kit';\n" : ''}export default ${body};`;
}

const SYNERGY_OKR = okrFile(3).replace('Raise checkout conversion from 61% to 68%', 'Raise checkout synergy from 61% to 68%');

function installPackage(name: string, kind: 'esm' | 'cjs', namespace: string, importKit = false): Record<string, string> {
  const manifest = kind === 'esm' ? { name, type: 'module', exports: { '.': { import: './index.js' } } } : { name, main: 'index.js' };
  return {
    [`node_modules/${name}/package.json`]: JSON.stringify(manifest),
    [`node_modules/${name}/index.js`]: pluginSource(kind, importKit).replace('@NS@', namespace),
  };
}

describe('plugin names', () => {
  it.each([
    ['acme', 'acme', 'okrlint-plugin-acme'],
    ['okrlint-plugin-acme', 'acme', 'okrlint-plugin-acme'],
    ['@acme', '@acme', '@acme/okrlint-plugin'],
    ['@acme/okrlint-plugin', '@acme', '@acme/okrlint-plugin'],
    ['@acme/tidy', '@acme/tidy', '@acme/okrlint-plugin-tidy'],
    ['@acme/okrlint-plugin-tidy', '@acme/tidy', '@acme/okrlint-plugin-tidy'],
  ])('%s -> rules %s/..., package %s', (name, namespace, request) => {
    expect(pluginRequest(name, '/repo')).toEqual({ name, namespace, request, local: false });
  });

  it('names a local plugin after its file or folder', () => {
    expect(pluginRequest('./tools/okrlint-plugin-tidy', '/repo')).toEqual({ name: './tools/okrlint-plugin-tidy', namespace: 'tidy', request: '/repo/tools/okrlint-plugin-tidy', local: true });
    expect(pluginRequest('./house.mjs', '/repo').namespace).toBe('house');
  });
});

describe('loading plugins', () => {
  it('loads an ESM-only package by its short name and addresses its rules as <name>/rule-id', async () => {
    const root = makeProject({ ...installPackage('okrlint-plugin-acme', 'esm', 'acme'), '.okrlintrc.yaml': 'plugins: [acme]\nrules:\n  acme/kr-no-synergy: error\n', 'a.okr.yaml': SYNERGY_OKR });
    const outcome = await run(['-f', 'json', '.'], root);
    expect(outcome.code).toBe(1);
    const [message] = JSON.parse(outcome.stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'acme/kr-no-synergy');
    expect(message).toMatchObject({ severity: 2, line: 9, suggestion: 'Name the metric: Raise checkout <metric> from 61% to 68%' });
  });

  it('loads a scoped CommonJS plugin and extends its config with plugin:<name>/<config>', async () => {
    const root = makeProject({
      ...installPackage('@acme/okrlint-plugin', 'cjs', '@acme'),
      '.okrlintrc.yaml': 'plugins: ["@acme"]\nextends: [okrlint:recommended, plugin:@acme/recommended]\n',
      'a.okr.yaml': SYNERGY_OKR,
    });
    const config = await resolveConfig({ cwd: root, builtinRules });
    expect(config.rulesFor(join(root, 'a.okr.yaml')).rules['@acme/kr-no-synergy']).toBe('error');
    const outcome = await run(['rules'], root);
    expect(outcome.stdout).toMatch(/^@acme\/kr-no-synergy\s+warn\s+\(plugin\)\s+error\s+Say what changes/m);
  });

  it("validates a plugin rule's options against its schema", async () => {
    const root = makeProject({ ...installPackage('okrlint-plugin-acme', 'esm', 'acme'), '.okrlintrc.yaml': 'plugins: [acme]\nrules:\n  acme/kr-no-synergy: [warn, { word: 3 }]\n' });
    const outcome = await run(['rules'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe('okrlint: Invalid configuration in .okrlintrc.yaml:3:38: rules["acme/kr-no-synergy"][1].word: option "word" of rule "acme/kr-no-synergy" must be a string, got 3.\n');
  });

  // ajv words a type list "must be object,string"; the CLI line reads as a sentence.
  it("words a plugin option's several allowed types as a sentence", async () => {
    const plugin = installPackage('okrlint-plugin-acme', 'esm', 'acme');
    const source = 'node_modules/okrlint-plugin-acme/index.js';
    plugin[source] = plugin[source]!.replace("word: { type: 'string' }", "word: { type: ['object', 'string'] }");
    const root = makeProject({ ...plugin, '.okrlintrc.yaml': 'plugins: [acme]\nrules:\n  acme/kr-no-synergy: [warn, { word: 3 }]\n', 'a.okr.yaml': SYNERGY_OKR });
    const outcome = await run(['.'], root);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toBe('okrlint: Invalid configuration in .okrlintrc.yaml:3:38: rules["acme/kr-no-synergy"][1].word: option "word" of rule "acme/kr-no-synergy" must be a mapping of keys to values or a string, got 3.\n');
  });

  describe('with okrlint installed', () => {
    beforeAll(() => {
      if (!existsSync(join(repoRoot, 'dist/src/rule-kit/index.js'))) throw new Error('run npm run build first: plugins import the built rule kit');
    });

    it("lets a plugin import the rule kit as 'okrlint/rule-kit', with types", async () => {
      const root = makeProject({ ...installPackage('okrlint-plugin-kit', 'esm', 'kit', true), '.okrlintrc.yaml': 'plugins: [kit]\nrules:\n  kit/kr-no-synergy: warn\n', 'a.okr.yaml': SYNERGY_OKR });
      symlinkSync(repoRoot, join(root, 'node_modules', 'okrlint'), 'dir');
      const outcome = await run(['-f', 'json', '.'], root);
      expect(JSON.parse(outcome.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('kit/kr-no-synergy');
      expect(existsSync(join(root, 'node_modules/okrlint/dist/src/rule-kit/index.d.ts'))).toBe(true);
    });

    it("type-checks a TypeScript plugin against okrlint/rule-kit's declarations", () => {
      const root = makeProject({
        'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['plugin.ts'] }),
        'package.json': '{ "type": "module" }',
        'plugin.ts': [
          "import { defineRule, type KeyResult } from 'okrlint/rule-kit';",
          'export const rule = defineRule<{ max: number }>({',
          "  name: 'kr-short',",
          "  meta: { type: 'suggestion', defaultSeverity: 'warn', docs: { description: 'Short.', rationale: 'Reads fast.', recommended: false, examples: { valid: [], invalid: [] } }, messages: { long: 'Too long.' }, schema: {}, defaultOptions: { max: 10 } },",
          '  create(context) {',
          "    return { keyResult(kr: KeyResult) { if (context.analyze(kr.title).words.length > context.options.max) context.report({ node: kr, messageId: 'long', suggestion: kr.title }); } };",
          '  },',
          '});',
          '// A wrong option type must not compile: the kit carries real types.',
          '// @ts-expect-error max is a number',
          'export const wrong: number = rule.meta.defaultOptions.max as unknown as string;',
          '',
        ].join('\n'),
      });
      mkdirSync(join(root, 'node_modules'));
      symlinkSync(repoRoot, join(root, 'node_modules', 'okrlint'), 'dir');
      const tsc = spawnSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', root], { encoding: 'utf8' });
      expect(tsc.stdout + tsc.stderr).toBe('');
      expect(tsc.status).toBe(0);
    }, 60_000);

    it('runs the example plugin through the examples configuration', async () => {
      const config = await resolveConfig({ cwd: examples, builtinRules });
      expect(config.plugins.map((p) => p.name)).toEqual(['house-style']);
      const long = 'Cut refund turnaround from 9 days to 3, by rebuilding the refund form and retraining the billing desk on the new refund policy for every region';
      const [result] = lintText(okrFile(3).replace('Raise checkout conversion from 61% to 68%', long), { resolvedConfig: config, filePath: join(examples, '2027-q1', 'fixture.okr.yaml') });
      const finding = result!.messages.find((m) => m.ruleId === 'house-style/kr-max-words');
      expect(finding).toMatchObject({ severity: 1, message: 'Key result has 24 words; keep it to 13 or fewer so it reads at a glance.' });
      expect(finding?.suggestion).toBe('Keep the result and move the rest to a note: "Cut refund turnaround from 9 days to 3".');
    });

    it('the examples configuration changes what `cd examples && npx okrlint` reports, as its comments say', async () => {
      const findings = async (argv: string[]) => {
        const outcome = await run(['--format', 'json', ...argv, '.'], examples);
        return (JSON.parse(outcome.stdout) as { filePath: string; messages: { ruleId: string; line: number; severity: number }[] }[]).flatMap((r) => r.messages.map((m) => `${r.filePath.split('/').pop()}:${m.line} ${m.ruleId} ${m.severity}`));
      };
      const configured = await findings([]);
      const bare = await findings(['--no-config']);
      expect(configured.filter((f) => !bare.includes(f)).sort()).toEqual([
        'engineering.okr.yaml:38 house-style/kr-max-words 1',
        'support.okr.yaml:37 kr-visibility 2',
        'support.okr.yaml:38 kr-visibility 2',
        'support.okr.yaml:39 kr-visibility 2',
      ]);
    });

    it('explains a plugin rule from the current configuration', async () => {
      const outcome = await run(['explain', 'house-style/kr-max-words'], examples);
      expect(outcome.code).toBe(0);
      expect(outcome.stdout).toMatch(/^house-style\/kr-max-words {2}\(warn by default; from a plugin\)\n\nKeep each key result short enough to read at a glance\./);
      expect(outcome.stdout).toContain('max: 18');
    });
  });
});

describe('plugin errors', () => {
  async function pluginError(files: Record<string, string>): Promise<string> {
    const outcome = await run(['rules'], makeProject(files));
    expect(outcome.code).toBe(2);
    return outcome.stderr;
  }

  it('names a plugin that is not installed and how to install it', async () => {
    expect(await pluginError({ '.okrlintrc.yaml': 'plugins:\n  - nope\n' })).toMatch(
      /^okrlint: Invalid configuration in \.okrlintrc\.yaml:2:5: plugins\[0\]: Cannot find plugin "nope": the package "okrlint-plugin-nope" is not installed where \S+ can see it; run npm install --save-dev okrlint-plugin-nope\.\n$/,
    );
  });

  it('names a missing local plugin path', async () => {
    expect(await pluginError({ '.okrlintrc.yaml': 'plugins: [./tools/okrlint-plugin-gone]\n' })).toMatch(/plugins\[0\]: Cannot find plugin "\.\/tools\/okrlint-plugin-gone": no module at \S+tools\/okrlint-plugin-gone\.\n$/);
  });

  it('rejects a plugin without rules', async () => {
    expect(await pluginError({ '.okrlintrc.yaml': 'plugins: [./bad.mjs]\n', 'bad.mjs': 'export default { configs: {} };' })).toMatch(/plugins\[0\]: Plugin "\.\/bad\.mjs" \(\S+bad\.mjs\) must export \{ rules, configs \}: "rules" is missing or not an object\.\n$/);
  });

  it('rejects a rule without create()', async () => {
    expect(await pluginError({ '.okrlintrc.yaml': 'plugins: [./bad.mjs]\n', 'bad.mjs': 'export default { rules: { broken: { meta: {} } } };' })).toMatch(/must export \{ rules, configs \}: rule "broken" has no create\(\) function\.\n$/);
  });

  it('reports a plugin that throws while loading, in one line', async () => {
    expect(await pluginError({ '.okrlintrc.yaml': 'plugins: [./bad.mjs]\n', 'bad.mjs': 'throw new Error("plugin exploded");' })).toMatch(/plugins\[0\]: Plugin "\.\/bad\.mjs" \(\S+\) failed to load: plugin exploded\n$/);
  });

  it("refuses a namespace okrlint uses for its own messages", async () => {
    expect(await pluginError({ '.okrlintrc.yaml': 'plugins: [./yaml.mjs]\n', 'yaml.mjs': 'export default { rules: {} };' })).toMatch(/Plugin "\.\/yaml\.mjs" cannot use the namespace "yaml"/);
  });

  it('names an unknown plugin config and a plugin config whose plugin is not loaded', async () => {
    const files = installPackage('okrlint-plugin-acme', 'esm', 'acme');
    expect(await pluginError({ ...files, '.okrlintrc.yaml': 'plugins: [acme]\nextends: [plugin:acme/strict]\n' })).toBe(
      'okrlint: Invalid configuration in .okrlintrc.yaml:2:11: extends[0]: plugin "acme" has no config "strict"; it has recommended.\n',
    );
    expect(await pluginError({ ...files, '.okrlintrc.yaml': 'extends: [plugin:acme/recommended]\n' })).toBe(
      'okrlint: Invalid configuration in .okrlintrc.yaml:1:11: extends[0]: "plugin:acme/recommended" needs its plugin in "plugins" (loaded: none); write plugin:<name>/<config>.\n',
    );
  });
});
