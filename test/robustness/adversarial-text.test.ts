/**
 * Adversarial text (issue 7, point 6), part 2: 100 KB objective and key-result titles, long
 * and repetitive in the ways that make regular expressions and tokenisers misbehave, go
 * through every rule (the `all` preset) quickly. Part 1 is regex-audit.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';

const SIZE = 100 * 1024;
const BOUND_MS = 4_000;

function repeatTo(unit: string, size = SIZE): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const TITLES: [string, string][] = [
  ['one long word', repeatTo('a')],
  ['spaces then a letter', `${repeatTo(' ')}x`],
  ['digits', repeatTo('1')],
  ['thousands separators', repeatTo('1,')],
  ['decimals', repeatTo('1.')],
  ['percentages', repeatTo('40% ')],
  ['ranges', repeatTo('from 1 to 2 ')],
  ['arrows', repeatTo('1->2→')],
  ['hyphens', repeatTo('a-')],
  ['apostrophes', repeatTo("a'")],
  ['dots', repeatTo('.')],
  ['template braces', repeatTo('{{')],
  ['activity words', repeatTo('ship weekly demos and hold syncs ')],
  ['visibility words', repeatTo('answer Slack within 5 minutes ')],
  ['emoji and accents', repeatTo('é😀 ')],
  ['words then spaces then punctuation', `${repeatTo('raise NPS ')}${repeatTo(' ', 20_000)},`],
];

/** Titles are double-quoted YAML strings, so any character survives the YAML layer. */
function okrFile(objectiveTitle: string, krTitle: string): string {
  const quote = (s: string) => JSON.stringify(s);
  return `period: 2027-Q2\nteam: Billing\nobjectives:\n  - id: long\n    title: ${quote(objectiveTitle)}\n    key_results:\n      - ${quote(krTitle)}\n      - title: ${quote(krTitle)}\n        baseline: 1\n        target: 2\n`;
}

describe('100 KB titles through every rule', () => {
  it.each(TITLES)('%s', (_name, title) => {
    const started = performance.now();
    const [result] = lintText(okrFile(title, title), { preset: 'all', filePath: 'long.okr.yaml' });
    const took = performance.now() - started;
    expect(took, `took ${Math.round(took)} ms`).toBeLessThan(BOUND_MS);
    for (const message of result!.messages) expect(message.line).toBeLessThanOrEqual(11);
  });
});
