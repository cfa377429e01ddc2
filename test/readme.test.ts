/**
 * The README stays true: its rules table matches the rule metadata, its links resolve, and
 * the example repository it shows is well-formed and still demonstrates each anti-pattern.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { renderRulesTable, section } from '../scripts/gen-docs.mjs';
import { lintFiles, lintText } from '../src/api.js';
import { inPreset } from '../src/config/rules.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

let examples: ReturnType<typeof lintFiles> | undefined;
/** The examples linted once with every rule on. */
const lintExamples = () => (examples ??= lintFiles(['examples/'], { cwd: root, preset: 'all', config: false }));

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

  it('shows a sample OKR file that is schema-valid and clean (its aligns_to points at a file not shown)', () => {
    const sample = /```yaml\n(# yaml-language-server[^\n]*\nperiod:[\s\S]*?)```/.exec(readme)?.[1];
    expect(sample).toBeDefined();
    const [result] = lintText(sample!, { preset: 'recommended', filePath: 'support.okr.yaml' });
    expect(result!.messages.map((m) => m.ruleId)).toEqual(['objective-unaligned']);
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

  // The good OKRs beside the faults must stay clean, or the demo teaches the wrong lesson.
  const exemplaryObjectives = ['company-retention', 'company-agencies', 'company-payments', 'eng-payments', 'people-retention', 'research-trial-exits'];
  const goodKeyResults = [
    'Raise help-centre deflection of billing questions from 22% to 35%',
    'Cut first-response time on priority tickets from 5 h to 1 h',
    'Raise CSAT on billing tickets from 4.2 out of 5 to 4.6',
    'Grow organic sign-ups from agencies from 320 to 520 a month',
    'Lift visit-to-trial conversion on the agency landing page',
    'Grow new agency ARR from $380k to $700k a quarter',
    'Raise win rate on qualified agency opportunities from 18% to 25%',
    'Cut the median agency sales cycle from 41 days to 30',
    'Cut median time from agency sign-up to first invoice sent from 6 days to 2',
    'Cut month-end close from 9 working days to 5',
    'Keep unreconciled payouts below 0.2% of monthly volume',
    'Lower late vendor payments from 6% to 2%',
    'Raise purchase requests raised through the portal from 0% to 80%',
    'Cut average purchase approval time from 6 days to 2',
    'Keep ledger balance mismatches found by the nightly audit at 0, down from 4 last quarter',
  ];

  it('keeps the exemplary objectives clean under the recommended preset', async () => {
    const titles = new Map<string, string>();
    for (const file of files) {
      const documentData = parse(readFileSync(join(folder, file), 'utf8')) as { objectives: { id: string; title: string }[] };
      for (const objective of documentData.objectives) titles.set(objective.id, objective.title);
    }
    const wanted = new Set(exemplaryObjectives.map((id) => titles.get(id)));
    expect(wanted.has(undefined)).toBe(false);
    const results = await lintFiles(['examples/'], { cwd: root, preset: 'recommended', config: false });
    const noisy = results.flatMap((r) => r.messages).filter((m) => m.context?.objective && wanted.has(m.context.objective));
    expect(noisy.map((m) => `${m.ruleId}: ${m.context?.keyResult ?? m.context?.objective}`)).toEqual([]);
  });

  it('keeps the good key results beside the faults clean under the recommended preset', async () => {
    const results = await lintFiles(['examples/'], { cwd: root, preset: 'recommended', config: false });
    const seen = new Set(results.flatMap((r) => r.messages).map((m) => m.context?.keyResult));
    const noisy = results.flatMap((r) => r.messages).filter((m) => m.context?.keyResult && goodKeyResults.includes(m.context.keyResult));
    expect(noisy.map((m) => `${m.ruleId}: ${m.context?.keyResult}`)).toEqual([]);
    // Guard against a typo above silently matching nothing: every listed text is a key result in the examples.
    const allText = files.map((file) => readFileSync(join(folder, file), 'utf8')).join('\n');
    for (const text of goodKeyResults) expect(allText, text).toContain(text);
    expect(seen.size).toBeGreaterThan(0);
  });

  it.each(registered)('demonstrates %s', async (ruleId) => {
    const results = await lintExamples();
    expect(results.flatMap((r) => r.messages).some((m) => m.ruleId === ruleId)).toBe(true);
  });
});
