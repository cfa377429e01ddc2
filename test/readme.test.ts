/**
 * The README stays true: its rules table matches the rule metadata, its links resolve, and
 * the example repository it shows is well-formed and still demonstrates each anti-pattern.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { renderRulesTable, section } from '../scripts/gen-docs.mjs';
import { lintFiles } from '../src/api.js';
import { inPreset } from '../src/config/rules.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

let examples: ReturnType<typeof lintFiles> | undefined;
/** The examples linted once with every rule on. */
const lintExamples = () => (examples ??= lintFiles(['examples/'], { cwd: root, preset: 'all' }));

describe('README.md', () => {
  it('has a rules table generated from the current rule metadata (run "npm run docs" when this fails)', () => {
    expect(section(readme, 'rules-table')).toBe(renderRulesTable(builtinRules, inPreset));
  });

  it('gives the two-command quick start', () => {
    expect(readme).toMatch(/^npm install && npx okrlint examples\/$/m);
    expect(readme).toMatch(/^npm test$/m);
  });

  it('shows the generated output of the quick start on the examples', () => {
    const output = section(readme, 'examples-output') ?? '';
    expect(output).toMatch(/^\$ npx okrlint examples\/$/m);
    expect(output).toMatch(/examples\/2027-q1\/\w+\.okr\.yaml:\d+:\d+ /);
  });

  it('links only to files that exist', () => {
    const targets = [...readme.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)].map((m) => m[1]!).filter((t) => !/^[a-z]+:/.test(t));
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(existsSync(join(root, target)), target).toBe(true);
  });

  it('shows the schema modeline that the example files use', () => {
    expect(readme).toMatch(/# yaml-language-server: \$schema=.*okr\.schema\.json/);
  });
});

describe('examples/', () => {
  const folder = join(root, 'examples', '2027-q1');
  const files = readdirSync(folder).filter((f) => f.endsWith('.okr.yaml'));

  it('holds a company file and at least six teams', () => {
    expect(files).toContain('company.okr.yaml');
    for (const team of ['engineering', 'support', 'operations', 'marketing', 'sales', 'research']) {
      expect(files).toContain(`${team}.okr.yaml`);
    }
  });

  it('points every file at the schema for editors', () => {
    for (const file of files) {
      expect(readFileSync(join(folder, file), 'utf8').split('\n')[0], file).toBe('# yaml-language-server: $schema=../../schema/okr.schema.json');
    }
  });

  it('is well-formed: no YAML or schema errors, only findings of rules', async () => {
    const results = await lintExamples();
    expect(results).toHaveLength(files.length);
    const structural = results.flatMap((r) => r.messages).filter((m) => m.ruleId === null || /^(yaml|file|okr)\/|^schema$/.test(m.ruleId));
    expect(structural).toEqual([]);
  });

  // Each of these faults is planted in examples/ on purpose; when the rule exists, it must find it.
  const planted = [
    'objective-kr-count', 'kr-activity-weighted', 'kr-calendar-weighted', 'kr-visibility', 'kr-missing-baseline',
    'kr-unmeasurable', 'kr-direction-mismatch', 'kr-placeholder', 'kr-baseline-equals-target', 'objective-has-metric',
    'objective-vague', 'objective-presence', 'kr-unbalanced', 'kr-duplicate', 'objective-unaligned', 'kr-due-outside-period',
  ];
  const registered = planted.filter((id) => builtinRules.some((rule) => rule.name === id));

  it.each(registered)('demonstrates %s', async (ruleId) => {
    const results = await lintExamples();
    expect(results.flatMap((r) => r.messages).some((m) => m.ruleId === ruleId)).toBe(true);
  });
});
