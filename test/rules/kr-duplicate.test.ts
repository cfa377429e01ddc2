import { describe, expect, it } from 'vitest';
import { findings, lintYaml } from '../helpers.js';

const RULE = 'kr-duplicate';
/** The pair sits under one objective with an unrelated key result between them. */
const flagged = (a: string, b: string, options?: Record<string, unknown>) =>
  findings(RULE, { krs: [a, 'Lift invite acceptance from 38% to 50%', b], options }).length > 0;

describe(RULE, () => {
  it.each([
    ['Cut churn from 3% to 2%', 'Reduce churn from 3% to 2%'],
    ['Cut churn from 3% to 2%', 'Cutting the monthly churn from 3 percent to 2 percent'],
    ['Increase NPS from 30 to 45', 'Raise NPS from 30 to 45'],
    ['Increase NPS from 30 to 45', 'Increase NPS from 30 to 50'],
    ['Grow self-serve sign-ups from 400 to 600 a month', 'Grow self-serve signups from 400 to 600 per month'],
    ['Cut p95 search latency from 800 ms to 300 ms', 'Cut p95 search latency from 900 ms to 400 ms'],
    ['Raise CSAT from 4.1 to 4.5', 'Raise CSAT on chat from 4.1 to 4.5'],
    ['Lower average handling time from 9 to 6 minutes', 'Reduce the average handling time from 9 min to 6 min'],
    ['Raise trial-to-paid conversion from 8% to 11%', 'Increase trial to paid conversion from 8% to 12%'],
    ['Hire 3 support engineers', 'Hire three support engineers'],
    ['Grow weekly active teams from 1,200 to 1,500', 'Grow weekly active teams from 1200 to 1600'],
    ['Raise the share of tickets resolved through self-service from 40% to 60%', 'Raise the share of support tickets resolved by self-service from 40% to 60%'],
    ['Cut e-mail bounce rate from 4% to 1%', 'Cut email bounce rate from 4% to 1.5%'],
    ['Reduce failed deploys from 9% to 3%', 'Decrease failed deployments from 9% to 3%'],
    ['Publish the public status page', 'Publish a public status page'],
    ['Lift week-4 retention from 58% to 66%', 'Improve week 4 retention from 58% to 66%'],
  ])('flags "%s" then "%s"', (a, b) => {
    expect(flagged(a, b)).toBe(true);
  });

  it.each([
    ['Raise trial-to-paid conversion from 8% to 11%', 'Raise weekly active teams from 1,200 to 1,500'],
    ['Cut p95 search latency from 800 ms to 300 ms', 'Cut p95 checkout latency from 800 ms to 300 ms'],
    ['Reduce cost per ticket from $12 to $9', 'Reduce cost per order from $12 to $9'],
    ['Raise NPS from 30 to 40', 'Cut NPS from 30 to 20'],
    ['Increase NPS from 30 to 45', 'Increase NPS in EMEA from 22 to 35'],
    ['Ship v2 of the billing API', 'Ship v3 of the billing API'],
    ['Raise share of tickets resolved by self-service from 40% to 60%', 'Raise share of chats resolved by self-service from 40% to 60%'],
    ['Cut churn from 3% to 2%', 'Grow expansion revenue from $40k to $55k'],
    ['Lower average handling time from 9 to 6 minutes', 'Keep CSAT at or above 4.4 (now 4.5)'],
    ['Grow paid seats from 2,000 to 2,600', 'Grow free seats from 9,000 to 12,000'],
    ['Cut mean time to recovery from 3 h to 1 h', 'Cut mean time to detection from 40 min to 10 min'],
    ['Raise activation in the first week from 31% to 45%', 'Raise retention in the fourth week from 58% to 66%'],
    ['Cut onboarding drop-off from 30% to 20%', 'Cut checkout drop-off on mobile from 22% to 15%'],
    ['Reduce P1 incidents from 6 to 2 a quarter', 'Reduce P2 incidents from 20 to 10 a quarter'],
    ['Grow newsletter subscribers from 8k to 12k', 'Grow webinar sign-ups from 300 to 500'],
    ['Raise app store rating from 4.1 to 4.5', 'Raise help-centre article rating from 3.2 to 4.0'],
    ['Send a first reply to urgent enterprise tickets within 30 minutes', 'Send a first reply to normal enterprise tickets within 8 hours'],
  ])('leaves "%s" and "%s" apart', (a, b) => {
    expect(flagged(a, b)).toBe(false);
  });

  it('reports the second at its own line, pointing at the first by line', () => {
    const yaml = [
      'period: 2027-Q1',
      'team: Growth',
      'objectives:',
      '  - id: g1',
      '    title: Keep more of the customers we win',
      '    key_results:',
      '      - Cut monthly churn from 3.1% to 2.4%',
      '      - Lift expansion revenue from $40k to $55k',
      '      - Reduce monthly churn from 3.1% to 2.4%',
    ].join('\n');
    const found = lintYaml(yaml).filter((m) => m.ruleId === RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 9, column: 9 });
    expect(found[0]!.message).toBe('Key result says nearly the same as "Cut monthly churn from 3.1% to 2.4%" (line 7).');
    expect(found[0]!.suggestion).toContain('"Reduce monthly churn from 3.1% to 2.4%"');
  });

  it('compares across objectives of one file and names the other objective', () => {
    const yaml = [
      'period: 2027-Q1',
      'team: Growth',
      'objectives:',
      '  - id: g1',
      '    title: Keep more of the customers we win',
      '    key_results:',
      '      - Cut monthly churn from 3.1% to 2.4%',
      '  - id: g2',
      '    title: Grow revenue from existing accounts',
      '    key_results:',
      '      - title: Reduce monthly churn from 3.1% to 2.4%',
      '        baseline: 3.1%',
    ].join('\n');
    const [finding] = lintYaml(yaml).filter((m) => m.ruleId === RULE);
    expect(finding).toMatchObject({ line: 11, column: 16 });
    expect(finding!.message).toContain('(line 7, under "Keep more of the customers we win")');
  });

  it('does not compare key results of different YAML documents', () => {
    const one = 'period: 2027-Q1\nteam: A\nobjectives:\n  - id: a1\n    title: Keep customers\n    key_results:\n      - Cut churn from 3% to 2%\n';
    expect(lintYaml(`${one}---\n${one.replace('team: A', 'team: B').replace('id: a1', 'id: b1')}`).filter((m) => m.ruleId === RULE)).toEqual([]);
  });

  it('honours a stricter threshold', () => {
    expect(flagged('Raise the share of tickets resolved through self-service from 40% to 60%', 'Raise the share of support tickets resolved by self-service from 40% to 65%')).toBe(true);
    expect(flagged('Raise the share of tickets resolved through self-service from 40% to 60%', 'Raise the share of support tickets resolved by self-service from 40% to 65%', { threshold: 0.95 })).toBe(false);
  });
});
