/** Very long titles: only a prefix is analysed, so rules claim nothing missing and quote at most ~120 characters. */
import { describe, expect, it } from 'vitest';
import { lintYaml } from '../helpers.js';

const filler = 'Grow repeat orders from returning florists in every district we deliver to ';
const longTitle = (ending: string) => `${filler.repeat(1400)}${ending}`;

function yamlWith(krTitle: string, objectiveTitle = 'Make reordering effortless for independent florists'): string {
  return [
    'period: 2027-Q1',
    'team: Marketplace',
    'objectives:',
    '  - id: m1',
    `    title: ${JSON.stringify(objectiveTitle)}`,
    '    owner: Priya',
    '    key_results:',
    `      - ${JSON.stringify(krTitle)}`,
    '      - title: Lift repeat order rate from 22% to 30%',
    '        owner: Priya',
    '        source: Looker',
    '      - title: Cut failed deliveries from 3.1% to 1.5%',
    '        owner: Priya',
    '        source: Looker',
    '',
  ].join('\n');
}

describe('titles longer than the analysis cap', () => {
  it('does not report a start or target as missing when it may lie beyond the cap', () => {
    const ids = lintYaml(yamlWith(longTitle('from 30 to 40 a week'))).map((m) => m.ruleId);
    expect(ids).not.toContain('kr-missing-baseline');
    expect(ids).not.toContain('kr-unmeasurable');
    expect(ids).not.toContain('kr-activity-weighted');
  });

  it('does not call a long objective vague', () => {
    const ids = lintYaml(yamlWith('Lift basket size from $40 to $48', `Improve collaboration ${'and focus on execution '.repeat(200)}for florists`)).map((m) => m.ruleId);
    expect(ids).not.toContain('objective-vague');
  });

  it('quotes at most about 120 characters of the title in every message and suggestion', () => {
    const messages = lintYaml(yamlWith(longTitle('Keep cameras on in every call, owner: TBD')));
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      expect(m.message.length, m.ruleId ?? undefined).toBeLessThan(400);
      expect((m.suggestion ?? "").length, m.ruleId ?? undefined).toBeLessThan(400);
    }
    expect(messages.find((m) => m.ruleId === 'kr-no-owner')?.suggestion).toContain('…');
  });
});
