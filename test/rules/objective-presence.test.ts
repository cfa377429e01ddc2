import { describe, expect, it } from 'vitest';
import { findings, lintYaml } from '../helpers.js';

const RULE = 'objective-presence';
const flagged = (objective: string) => findings(RULE, { objective }).length > 0;

describe(RULE, () => {
  it.each([
    'Increase office attendance',
    'Be more visible to leadership',
    'Get everyone back to the office three days a week',
    'Return to office',
    'Boost on-site presence',
    'More in-office days for the team',
    'Increase face time with executives',
    'Be online during core hours',
    'Raise badge-in rates at HQ',
    'Be present and available for the team',
    'Make the office the place people want to come',
    'Grow desk occupancy to 70%',
    'Improve our visibility across the company',
    'Achieve full RTO compliance',
    'Increase in-person attendance at headquarters',
    'Hit the three-days-in-office policy',
    'Stay reachable for managers all day',
  ])('flags "%s"', (objective) => {
    expect(flagged(objective)).toBe(true);
  });

  it.each([
    "Open a Lisbon office to hire engineers in our customers' time zone",
    'Give customers real-time visibility into their shipments',
    'Cut office costs by consolidating floors',
    'Grow online sales in Spain',
    'Improve visibility of incidents to customers',
    'Make pricing visible on every plan page',
    'Improve availability of the checkout API',
    'Make self-service the first stop for routine support questions',
    'Increase brand visibility among mid-market buyers',
    'Present our roadmap at the customer summit',
    'Reduce time to hire for support roles',
    'Make onboarding effortless for remote hires',
    'Win public-sector buyers in the DACH region',
    'Improve collaboration between design and engineering',
    'Return faster refunds to customers',
    'Raise team presence in the developer community',
  ])('leaves "%s" alone', (objective) => {
    expect(flagged(objective)).toBe(false);
  });

  it('reports at the objective title with the words that gave it away', () => {
    const yaml = 'period: 2027-Q1\nteam: People\nobjectives:\n  - id: p1\n    title: Increase office attendance\n    key_results:\n      - Cut regretted attrition from 9% to 6%\n';
    const [finding] = lintYaml(yaml).filter((m) => m.ruleId === RULE);
    expect(finding).toMatchObject({ line: 5, column: 12 });
    expect(finding!.message).toContain('(office attendance)');
    expect(finding!.suggestion).toContain('"Increase office attendance"');
  });
});
