// Words that name Object's own properties ("constructor", "valueOf", "__proto__") are ordinary
// words in OKR text: "constructor" is a customer of a construction-software business. They
// must read like any other noun, never as entries of a lookup table.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/rule-kit/index.js';
import { lintText } from '../../src/api.js';

const PROPERTY_WORDS = Object.getOwnPropertyNames(Object.prototype);
const KEY_RESULTS = [
  'Increase WORD retention to 90%',
  'Improve WORD onboarding',
  'Run 4 WORD webinars',
  'Grow WORD signups from 40 to 60 by March',
  'Double WORD conversion',
  'Cut WORD churn by a third',
];

function findings(word: string): string[] {
  const yaml = [
    'period: 2027-Q1',
    'team: Site tools',
    'objectives:',
    '  - id: site-growth',
    `    title: Win more WORD customers`,
    '    key_results:',
    ...KEY_RESULTS.map((kr) => `      - "${kr}"`),
    '',
  ].join('\n');
  const [result] = lintText(yaml.replaceAll('WORD', word), { config: false, preset: 'all', repositoryContext: false });
  return result!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`.replaceAll(word, 'WORD'));
}

describe("words named like Object's properties", () => {
  const plain = findings('builder');

  it.each(PROPERTY_WORDS)('"%s" gives the findings a plain noun gives', (word) => {
    expect(findings(word)).toEqual(plain);
  });

  it('are not quantities', () => {
    for (const word of PROPERTY_WORDS) expect(analyzeText(`Improve ${word} quality`).quantities).toEqual([]);
  });
});
