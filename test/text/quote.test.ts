import { describe, expect, it } from 'vitest';
import { QUOTE_LIMIT, quoteAround, quoteText } from '../../src/rule-kit/quote.js';

describe('quoteText', () => {
  it('returns short text unchanged', () => {
    expect(quoteText('Lift renewal rate from 80% to 86%')).toBe('Lift renewal rate from 80% to 86%');
  });

  it('cuts long text at a word, within the limit, ending in an ellipsis', () => {
    const quoted = quoteText('ship the quarterly pricing page refresh '.repeat(20));
    expect(quoted.length).toBeLessThanOrEqual(QUOTE_LIMIT);
    expect(quoted.endsWith('…')).toBe(true);
    expect(quoted).toMatch(/^ship the quarterly pricing page refresh ship/);
    expect(quoted).not.toMatch(/ …$/);
  });

  it('never splits an emoji in two', () => {
    const quoted = quoteText('😀'.repeat(200), 11);
    expect(quoted).toBe(`${'😀'.repeat(5)}…`);
  });
});

describe('quoteAround', () => {
  it('shows the part where the change is, with an ellipsis on each cut side', () => {
    const text = `${'warehouse pick accuracy '.repeat(12)}stays at <target> this quarter ${'for every site '.repeat(12)}`;
    const quoted = quoteAround(text, text.indexOf('<target>'));
    expect(quoted.length).toBeLessThanOrEqual(QUOTE_LIMIT + 1);
    expect(quoted).toContain('<target>');
    expect(quoted.startsWith('…')).toBe(true);
    expect(quoted.endsWith('…')).toBe(true);
  });
});
