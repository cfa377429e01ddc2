import { describe, expect, it } from 'vitest';
import type { LintMessage } from '../../src/rule-kit/types.js';
import { findings } from '../helpers.js';

const RULE = 'kr-direction-mismatch';
const krFindings = (kr: string | Record<string, unknown>, options?: Record<string, unknown>): LintMessage[] => findings(RULE, { kr, options });
const isFlagged = (kr: string | Record<string, unknown>, options?: Record<string, unknown>) => krFindings(kr, options).length > 0;

describe(RULE, () => {
  it.each([
    'Reduce incidents from 4 to 6',
    'Increase trial conversion from 12% to 9%',
    'Cut onboarding time from 3 days to 5 days',
    'Lower cost per lead from $40 to $55',
    'Grow weekly active teams from 1,500 to 1,200',
    'Raise NPS from 45 to 30',
    'Decrease p95 latency from 300 ms to 1.2 s',
    'Shrink the backlog from 120 tickets to 180',
    'Boost renewal rate from 92% to 88%',
    'Lift self-serve share from 60% -> 45%',
    'Reduce churn 2% -> 3%',
    'Cut time to hire from 30 days to 2 months',
    'Increase gross margin from 71% to 64%',
    'Raise CSAT to 4.1 from 4.5',
    'Minimise failed payments from 2% to 4%',
  ])('flags "%s"', (kr) => {
    expect(isFlagged(kr)).toBe(true);
  });

  it.each([
    { title: 'Cut average handling time', baseline: '6 min', target: '8 min' },
    { title: 'Grow paid seats', baseline: 1800, target: 1500 },
    { title: 'Raise activation', baseline: '40%', current: '38%', target: '35%' },
  ])('flags the fields of %o', (kr) => {
    expect(isFlagged(kr)).toBe(true);
  });

  it.each([
    'Reduce escaped defects from 14 to 6 per release',
    'Raise weekly active teams from 1,200 to 1,500',
    'Cut time to first response from 4 h to 90 min',
    'Cut time to hire from 2 months to 40 days',
    'Lower cloud spend from $48k to $40k a month',
    'Increase NPS to 50',
    'Keep churn from 3% to 3%',
    'Move support from 3 regions to 2',
    'Grow ARR from $2M to $2.6M',
    'Reduce page weight from 2.4 MB to 900 KB',
    'Double weekly sign-ups from 400 to 800',
    'Reach 99.9% uptime',
    'Cut p95 latency 900ms -> 400ms',
    'Raise the share of annual plans from 20% to 35%',
    'Shift traffic from 70% on-prem to 30%',
  ])('does not flag "%s"', (kr) => {
    expect(krFindings(kr)).toEqual([]);
  });

  it('offers both fixes built from the key result', () => {
    const [finding] = krFindings('Reduce incidents from 4 to 6');
    expect(finding?.message).toBe('"Reduce" says the metric should go down, but the numbers go from 4 to 6.');
    expect(finding?.suggestion).toBe('Either "Increase incidents from 4 to 6" or "Reduce incidents from 6 to 4"');
  });

  it.each([
    'Shorten the nightly pipeline from 45 to 30 minutes',
    'Trim ticket triage from 6 to 3 hours',
    'Bring release prep down from 9.5 to 4 days',
    'Lower hosting cost from $3 to $2.4M a year',
  ])('a unit written once after the range applies to both ends: "%s" is clean', (kr) => {
    expect(krFindings(kr)).toEqual([]);
  });

  it.each(['Cut queue wait from 2 minutes to 7', 'Cut queue wait from 25 to 70 seconds'])('still flags a real reversal with a shared unit: "%s"', (kr) => {
    expect(krFindings(kr)).toHaveLength(1);
  });

  it('a current value already past the target is progress, not a reversed pair', () => {
    expect(krFindings({ title: 'Lift the share of orders shipped same day', target: 70, current: 95 })).toEqual([]);
    expect(krFindings({ title: 'Trim open support tickets', target: 40, current: 12 })).toEqual([]);
  });

  it('a baseline beside a current value still decides the direction', () => {
    const [finding] = krFindings({ title: 'Lift the share of orders shipped same day', baseline: 90, current: 60, target: 70 });
    expect(finding?.message).toBe('"Lift" says the metric should go up, but baseline 90 and target 70 go the other way.');
    expect(finding?.suggestion).toContain('swap the values (baseline: 70, target: 90)');
  });

  it('option checkFields turns the field comparison off', () => {
    expect(isFlagged({ title: 'Grow paid seats', baseline: 1800, target: 1500 }, { checkFields: false })).toBe(false);
  });
});
