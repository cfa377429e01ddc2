import { describe, expect, it } from 'vitest';
import { findings, lintYaml } from '../helpers.js';

const RULE = 'kr-unbalanced';
const flagged = (krs: string[], options?: Record<string, unknown>) => findings(RULE, { krs, options }).length > 0;

describe(RULE, () => {
  it.each([
    [['Cut average handling time from 9 to 6 minutes', 'Raise tickets closed per agent from 30 to 40 a day']],
    [['Keep calls under 5 minutes, down from 8', 'Grow calls answered per hour from 6 to 9']],
    [['Reduce cloud spend from $80k to $60k a month', 'Shut down 30 idle test environments']],
    [['Cut cycle time from 6 days to 3', 'Raise deploys per week from 4 to 10']],
    [['Cut time to hire from 45 to 30 days', 'Raise offer acceptance from 60% to 75%']],
    [['Cut cost per ticket from $14 to $10', 'Grow bot deflection from 20% to 35%']],
    [['Cut median response time on support tickets from 4 h to 1 h']],
    [['Raise sprint velocity from 30 to 45 points']],
    [['Lift warehouse throughput from 900 to 1,300 orders a day', 'Cut pick path length from 80 m to 60 m']],
    [['Cut AHT on the billing queue from 11 to 8 min', 'Raise chat share from 20% to 35%']],
    [['Shorten turnaround time on claims from 5 days to 2']],
    [['Raise agent utilisation from 70% to 85%', 'Grow chats per agent from 3 to 4 at once']],
    [['Bring infrastructure costs down from $1.1M to $800k', 'Move 40 services to spot instances']],
    [['Cut lead time for changes from 9 days to 2', 'Grow merged pull requests per engineer from 6 to 9 a week']],
    [['Cut chat duration from 14 to 9 minutes']],
    [['Cut wait time in the phone queue from 6 to 2 minutes', 'Raise self-service deflection from 15% to 30%']],
  ])('flags %j', (krs) => {
    expect(flagged(krs)).toBe(true);
  });

  it.each([
    [['Cut average handling time from 9 to 7 minutes', 'Keep CSAT at or above 4.4 (now 4.5)']],
    [['Cut cloud spend from $80k to $60k a month', 'Hold availability at 99.9% (now 99.95%)']],
    [['Cut cycle time from 6 days to 3', 'Keep change failure rate under 10% (now 8%)']],
    [['Cut time to hire from 45 to 30 days', 'Keep 90-day attrition of new hires at 0 (now 1)']],
    [['Cut handling time from 9 to 7 minutes', 'Raise first-contact resolution from 60% to 72%']],
    [['Raise self-service resolution from 35% to 55%', 'Grow help-centre visits from 12k to 20k a month']],
    [['Grow ARR from $2M to $2.6M', 'Raise trial conversion from 8% to 11%']],
    [['Cut onboarding drop-off from 30% to 20%', 'Raise activation from 40% to 55%']],
    [['Cut p95 checkout latency from 900 ms to 400 ms', 'Raise checkout conversion from 3.1% to 3.6%']],
    [['Cut response time on urgent tickets from 4 h to 1 h', 'Keep the reopen rate under 5% (now 4%)']],
    [['Raise velocity from 30 to 40 points', 'Cut escaped defects from 12 to 5 a month']],
    [['Cut cost per order from $3.10 to $2.60', 'Keep order accuracy at or above 99.5% (now 99.6%)']],
    [['Cut call length from 8 to 6 minutes while keeping NPS at 40 or above (now 42)']],
    [['Grow weekly active teams from 1,200 to 1,500', 'Cut time to first dashboard from 6 days to 2 for new teams', 'Lift week-4 retention from 58% to 66%']],
    [['Raise partner-sourced pipeline from $1M to $1.6M', 'Grow certified partners from 14 to 25']],
    [['Cut refund processing time from 5 days to 1 day', 'Hold refund complaints under 20 a month (now 18)']],
    [['Make research findings easier for product teams to find', 'Raise roadmap bets backed by research from 30% to 70%'], 'product is not productivity'],
    [['Cut handling times from 9 to 7 minutes', 'Keep 90% of callers satisfied (now 92%)']],
    [['Cut invoice processing cost from $9 to $6', 'Keep unreconciled invoices under 0.5% (now 0.4%)']],
    [['Agree support terms that spell out response and resolution times'], 'naming a metric is not pushing it'],
    [['Draft a cost model with three scenarios for the board'], 'a cost model is a document, not a cost target'],
    [['Pick up 85% of support calls within 20 seconds'], 'time to answer is not call length'],
    [['Email or chat with every new customer on 5 of their first 28 days'], 'a 28-day window is not a chat length'],
  ] as [string[], string?][])('leaves %j alone', (krs) => {
    expect(flagged(krs)).toBe(false);
  });

  it('accepts a guard named in the objective title', () => {
    const found = findings(RULE, { objective: 'Answer billing questions faster without hurting satisfaction', krs: ['Cut handling time from 9 to 7 minutes'] });
    expect(found).toEqual([]);
  });

  it('takes extra efficiency and quality terms from options', () => {
    expect(flagged(['Raise parcels sorted per shift from 900 to 1,200'])).toBe(false);
    expect(flagged(['Raise parcels sorted per shift from 900 to 1,200'], { extraEfficiencyTerms: ['per shift'] })).toBe(true);
    expect(flagged(['Cut cost per parcel from $1.40 to $1.10', 'Keep mis-sorts under 0.5% (now 0.4%)'])).toBe(true);
    expect(flagged(['Cut cost per parcel from $1.40 to $1.10', 'Keep mis-sorts under 0.5% (now 0.4%)'], { extraQualityTerms: ['mis-sorts'] })).toBe(false);
  });

  it('reports at the objective and suggests a counter-metric in the key results\' domain', () => {
    const yaml = 'period: 2027-Q1\nteam: Support\nobjectives:\n  - id: s1\n    title: Answer billing questions faster\n    key_results:\n      - Cut average handling time from 9 to 6 minutes\n      - Raise tickets closed per agent from 30 to 40 a day\n';
    const [finding] = lintYaml(yaml).filter((m) => m.ruleId === RULE);
    expect(finding).toMatchObject({ line: 5, column: 12 });
    expect(finding!.message).toContain('handling time ("Cut average handling time from 9 to 6 minutes")');
    expect(finding!.suggestion).toContain('Keep CSAT on these contacts');
  });

  it('suggests a reliability guard for cost on infrastructure', () => {
    const [finding] = findings(RULE, { krs: ['Reduce cloud spend from $80k to $60k a month'] });
    expect(finding!.suggestion).toContain('availability');
  });

  // User trial: "Objective pushes per engineer (...)".
  it.each([
    ['Raise deploys per engineer per week from 2 to 5', 'deploys per engineer'],
    ['Lift tickets closed per agent from 30 to 45 a day', 'tickets closed per agent'],
  ])('names a per-head rate with what it counts: %s', (kr, metric) => {
    const [finding] = findings(RULE, { krs: [kr] });
    expect(finding?.message).toBe(`Objective pushes ${metric} ("${kr}") with no quality counter-metric beside it.`);
  });
});
