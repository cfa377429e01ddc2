import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/analysis.js';
import { mayHoldPlaceholder } from '../../src/text/placeholders.js';
import { tokenize } from '../../src/text/tokens.js';

describe('mayHoldPlaceholder', () => {
  it('is false for field values that cannot hold a placeholder', () => {
    for (const value of ['Dana Smith', '2027-03-31', 'Salesforce dashboard', 'growth-team', '42']) expect(mayHoldPlaceholder(tokenize(value)), value).toBe(false);
  });

  it('is true wherever the analysis finds a placeholder', () => {
    const crafted = ['TBD', 'X%', '$Nk', '€Xm', 'N+ customers', '??', '(owner)', '[metric]', '<target value>', '{{x}}', 'at least N customers', 'Raise NPS to N', 'from TBD to 90%', 'tk', 'keep churn below X.'];
    const files = ['eval/holdout-krs.yaml', 'eval-blind/blind-krs.yaml', 'eval-fresh/fresh-krs.yaml'];
    const fixtures = files.flatMap((file) => (parse(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')) as { kr: string }[]).map((entry) => entry.kr));
    let withPlaceholder = 0;
    for (const text of [...crafted, ...fixtures]) {
      if (analyzeText(text).placeholders.length === 0) continue;
      withPlaceholder++;
      expect(mayHoldPlaceholder(tokenize(text)), text).toBe(true);
    }
    expect(withPlaceholder).toBeGreaterThanOrEqual(crafted.length);
  });
});
