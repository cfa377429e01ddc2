import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { resolveRules } from '../../src/api.js';
import { Linter } from '../../src/engine/linter.js';
import { perAnalysis, perOptions } from '../../src/rule-kit/define.js';
import { analyzeText } from '../../src/text/analysis.js';
import type { LintMessage } from '../../src/rule-kit/types.js';

function fixtureKeyResults(): string[] {
  const files = ['eval/holdout-krs.yaml', 'eval-blind/blind-krs.yaml', 'eval-fresh/fresh-krs.yaml'];
  return files.flatMap((file) => (parse(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')) as { kr: string }[]).map((entry) => entry.kr));
}

/** One OKR file holding the texts, five key results an objective; some as mappings with fields. */
function okrFile(texts: readonly string[]): string {
  const lines = ['period: 2027-Q1', 'team: Platform', 'objectives:'];
  for (let i = 0; i < texts.length; i += 5) {
    lines.push(`  - title: ${JSON.stringify(i % 2 ? 'Make checkout faster for customers' : 'Grow the self-serve business')}`, '    owner: dana', '    key_results:');
    texts.slice(i, i + 5).forEach((text, k) => {
      if ((i + k) % 3 === 0) lines.push(`      - title: ${JSON.stringify(text)}`, '        target: 40', `        kind: ${(i + k) % 2 ? 'leading' : 'maintain'}`);
      else lines.push(`      - ${JSON.stringify(text)}`);
    });
  }
  return `${lines.join('\n')}\n`;
}

const withoutProjectRules = (messages: readonly LintMessage[]) => messages.filter((m) => m.ruleId !== 'objective-duplicate-id' && m.ruleId !== 'objective-unaligned');

describe('verdicts kept per text', () => {
  it('answer as a fresh linter does, file after file of repeated key results', () => {
    const texts = fixtureKeyResults();
    const text = okrFile(texts);
    const rules = resolveRules({ preset: 'all' });
    const warm = new Linter(rules);
    const first = warm.lintText(text, 'a.okr.yaml').messages;
    // The same texts again (shuffled into other objectives and forms) hit every verdict kept for them.
    const second = warm.lintText(text, 'b.okr.yaml').messages;
    const shuffled = warm.lintText(okrFile([...texts].reverse()), 'c.okr.yaml').messages;
    const fresh = (source: string) => new Linter(resolveRules({ preset: 'all' })).lintText(source, 'fresh.okr.yaml').messages;
    expect(first.length).toBeGreaterThan(200);
    expect(withoutProjectRules(second)).toEqual(withoutProjectRules(first));
    expect(withoutProjectRules(second)).toEqual(withoutProjectRules(fresh(text)));
    expect(withoutProjectRules(shuffled)).toEqual(withoutProjectRules(fresh(okrFile([...texts].reverse()))));
  });

  it('follow the options: the same texts under other options are judged again', () => {
    const text = okrFile(['Keep p95 search latency under 300 ms', 'No sev-1 incidents caused by configuration changes', 'Publish 3 blog posts on the product', 'Weekly sync with the design team', 'Increase NPS to 50']);
    const lint = (rules: Record<string, unknown>) => new Linter(resolveRules({ preset: 'all', rules: rules as never })).lintText(text, 'x.okr.yaml').messages.map((m) => `${m.ruleId} ${m.message}`);
    const plain = lint({});
    const relaxed = lint({ 'kr-missing-baseline': ['warn', { allowThresholds: true, allowZeroTargets: true }], 'kr-activity-weighted': ['warn', { allowTerms: ['blog'] }] });
    expect(lint({})).toEqual(plain);
    expect(plain.filter((m) => m.startsWith('kr-missing-baseline')).length).toBeGreaterThan(relaxed.filter((m) => m.startsWith('kr-missing-baseline')).length);
    expect(plain.some((m) => m.startsWith('kr-activity-weighted'))).toBe(true);
    expect(relaxed.some((m) => m.startsWith('kr-activity-weighted'))).toBe(false);
  });
});

describe('perAnalysis', () => {
  it('judges each analysis once per options object, and again for another options object', () => {
    const verdicts = perAnalysis<number>();
    let calls = 0;
    const judge = (analysis: { words: unknown[] }) => (calls++, analysis.words.length);
    const options = { a: 1 };
    const [one, two] = [analyzeText('Grow paid seats by 20%'), analyzeText('Ship it')];
    expect([verdicts(one, options, judge), verdicts(one, options, judge), verdicts(two, options, judge)]).toEqual([4, 4, 2]);
    expect(calls).toBe(2);
    expect(verdicts(one, { a: 1 }, judge)).toBe(4);
    expect(calls).toBe(3);
  });
});

describe('perOptions', () => {
  it('builds once per distinct options, by value, and knows an options object again', () => {
    let builds = 0;
    const sets = perOptions((options: { words: string[] }) => (builds++, new Set(options.words)));
    const options = { words: ['x'] };
    expect(sets(options)).toBe(sets(options));
    expect(sets({ words: ['x'] })).toBe(sets(options));
    expect(builds).toBe(1);
    expect(sets({ words: ['y'] }).has('y')).toBe(true);
    expect(builds).toBe(2);
  });
});

describe('perAnalysis on analyses a plugin made itself', () => {
  it('judges a copy with another text as another text, and keeps an undefined verdict', () => {
    const verdicts = perAnalysis<string | undefined>();
    let calls = 0;
    const judge = (analysis: { text: string }) => (calls++, analysis.text.startsWith('Ship') ? undefined : analysis.text);
    const options = {};
    const original = analyzeText('Grow paid seats by 20%');
    expect(verdicts(original, options, judge)).toBe('Grow paid seats by 20%');
    const copy = { ...original, text: 'Grow paid seats by 30%' };
    expect([verdicts(copy, options, judge), verdicts(copy, options, judge)]).toEqual(['Grow paid seats by 30%', 'Grow paid seats by 30%']);
    const shipped = analyzeText('Ship it');
    expect([verdicts(shipped, options, judge), verdicts(shipped, options, judge)]).toEqual([undefined, undefined]);
    expect(calls).toBe(3);
  });
});
