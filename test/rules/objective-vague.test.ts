import { describe, expect, it } from 'vitest';
import { findings, lintYaml } from '../helpers.js';

const RULE = 'objective-vague';
const flagged = (objective: string, options?: Record<string, unknown>) => findings(RULE, { objective, options }).length > 0;

describe(RULE, () => {
  it.each([
    'Improve collaboration',
    'Be better at quality',
    'Focus on execution',
    'Drive operational excellence',
    'Improve team communication',
    'Build a world-class team',
    'Strengthen our culture of ownership',
    'Level up our game',
    'Make things better',
    'Increase productivity',
    'Get better at delivery',
    'Foster cross-functional alignment',
    'Continuously improve our processes',
    'Be a high-performing team',
    'Improve efficiency and quality',
    'Embrace innovation',
    'Raise the bar on excellence everywhere',
    'Improve engineering excellence',
    'Be a more responsive team',
    'Grow the engineering team',
    'Keep remote work accountable',
    'Be an aspirational, efficient all-remote team',
  ])('flags "%s"', (objective) => {
    expect(flagged(objective)).toBe(true);
  });

  it.each([
    'Make self-service the first stop for routine support questions',
    'Improve search for new users',
    'Become data-informed and customer-driven',
    'Grow the engineering team in Lisbon to serve EU customers',
    "Improve the product's UX",
    'Improve feature discoverability',
    'Grow net new ARR consistently',
    'Ship high-quality releases',
    'Improve customer experience',
    'Make onboarding effortless for new teams',
    'Win the mid-market segment in Germany',
    'Cut the cost of serving small accounts',
    'Keep payments reliable during peak season',
    'Improve code quality',
    'Help clinics book patients without a phone call',
    'Improve collaboration between design and engineering on checkout',
    'Grow revenue 20% faster than the market',
    'Improve developer onboarding',
    'Make operators trust the alerting',
  ])('leaves "%s" alone', (objective) => {
    expect(flagged(objective)).toBe(false);
  });

  it('takes extra abstract words from options', () => {
    expect(flagged('Strengthen our partner culture')).toBe(false);
    expect(flagged('Strengthen our partner culture', { extraAbstractWords: ['partner'] })).toBe(true);
  });

  it('reports at the title, names the abstract words and builds the hint around them', () => {
    const yaml = 'period: 2027-Q1\nteam: Ops\nobjectives:\n  - id: ops-1\n    title: Focus on execution\n    key_results:\n      - Cut failed deploys from 9% to 3%\n';
    const [finding] = lintYaml(yaml).filter((m) => m.ruleId === RULE);
    expect(finding).toMatchObject({ line: 5, column: 12, endLine: 5, endColumn: 30 });
    expect(finding!.message).toContain('"execution"');
    expect(finding!.suggestion).toContain('through better execution');
  });
});

describe('objective-vague: a team ranking itself', () => {
  it.each(['Be the best observability team', 'Become a world-class onboarding squad in the industry', 'Remain the most admired design group in Europe'])(
    'flags "%s"',
    (objective) => {
      expect(flagged(objective)).toBe(true);
    },
  );

  it.each([
    'Be the first choice of independent vets for booking software',
    'Be the best place for freelancers to get paid',
    'Be the best data team for analysts who ship pricing experiments',
  ])('leaves "%s" alone: it names whom the change is for', (objective) => {
    expect(flagged(objective)).toBe(false);
  });

  it('names the ranked phrase and builds the rewrite around the team', () => {
    const [finding] = findings(RULE, { objective: 'Become the strongest billing team' });
    expect(finding!.message).toContain('"strongest billing team"');
    expect(finding!.suggestion).toContain('from the billing team');
  });
});
