import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { builtinRules, lintText } from '../../src/api.js';

const Ajv = createRequire(import.meta.url)('ajv') as typeof import('ajv').default;

describe('start-up', () => {
  it('every built-in rule\'s default options satisfy its own schema (so runs need not check them)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    for (const rule of builtinRules) {
      if (!rule.meta.schema) continue;
      const validate = ajv.compile(rule.meta.schema);
      expect({ rule: rule.name, valid: validate(rule.meta.defaultOptions ?? {}), errors: validate.errors ?? null }).toEqual({ rule: rule.name, valid: true, errors: null });
    }
  });

  it('still rejects options a configuration sets wrongly', () => {
    expect(() => lintText('period: 2027-Q1\n', { rules: { 'objective-kr-count': ['error', { min: 'three' }] } })).toThrow(/Invalid options for rule "objective-kr-count"/);
  });

  it('a one-file run without a config loads neither ajv nor the whole of natural', () => {
    const dir = mkdtempSync(join(tmpdir(), 'okrlint-startup-'));
    try {
      const hook = join(dir, 'list-modules.cjs');
      writeFileSync(hook, "process.on('exit', () => process.stderr.write(JSON.stringify(Object.keys(require.cache))));\n");
      writeFileSync(join(dir, 'ops.okr.yaml'), 'period: 2027-Q1\nteam: Ops\nobjectives:\n  - id: ops-calm\n    title: Make nights quiet for whoever is on call\n    key_results:\n      - Cut pages per week from 30 to 8\n');
      const run = spawnSync(process.execPath, ['--require', hook, resolve(__dirname, '../../bin/okrlint.js'), 'ops.okr.yaml', '--no-config', '-f', 'json'], { cwd: dir, encoding: 'utf8' });
      const loaded = JSON.parse(run.stderr) as string[];
      expect(loaded.filter((p) => /node_modules[\\/]ajv[\\/]/.test(p))).toEqual([]);
      expect(loaded.filter((p) => /natural[\\/]lib[\\/]natural[\\/]index\.js$|natural[\\/]index\.js$/.test(p))).toEqual([]);
      // The file was linted (its stems and tags came from natural's deep modules, bundled or not).
      expect(JSON.parse(run.stdout)[0].messages.length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('a package that only depends on okrlint does not load cosmiconfig (a pre-commit run in an OKR repository)', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'okrlint-startup-')));
    try {
      const hook = join(dir, 'list-modules.cjs');
      writeFileSync(hook, "process.on('exit', () => process.stderr.write(JSON.stringify(Object.keys(require.cache))));\n");
      mkdirSync(join(dir, '.git'));
      writeFileSync(join(dir, 'package.json'), '{ "name": "okrs", "devDependencies": { "okrlint": "^0.1.0" } }\n');
      writeFileSync(join(dir, 'ops.okr.yaml'), 'period: 2027-Q1\nteam: Ops\nobjectives:\n  - id: ops-calm\n    title: Make nights quiet for whoever is on call\n    key_results:\n      - Cut pages per week from 30 to 8\n');
      const run = spawnSync(process.execPath, ['--require', hook, resolve(__dirname, '../../bin/okrlint.js'), 'ops.okr.yaml', '-f', 'json'], { cwd: dir, encoding: 'utf8' });
      const loaded = JSON.parse(run.stderr) as string[];
      expect(JSON.parse(run.stdout)[0].filePath).toBe(join(dir, 'ops.okr.yaml'));
      expect(loaded.filter((p) => /node_modules[\\/]cosmiconfig[\\/]/.test(p))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
