import { describe, expect, it } from 'vitest';
import type { LintMessage } from '../../src/rule-kit/types.js';
import { findings } from '../helpers.js';

const RULE = 'kr-baseline-equals-target';
const krFindings = (kr: string | Record<string, unknown>): LintMessage[] => findings(RULE, { kr });
const isFlagged = (kr: string | Record<string, unknown>) => krFindings(kr).length > 0;

describe(RULE, () => {
  it.each<string | Record<string, unknown>>([
    'Lift trial conversion from 9% to 9%',
    'Keep NPS from 40 to 40',
    'Cut first response time from 2 h to 120 min',
    'Grow ARR from $2M to $2,000,000',
    'Raise uptime 99.5% -> 99.5%',
    'Move weekly active teams from 1,200 to 1,200',
    'Hold churn 3%→3%',
    'Reduce cycle time from 1 week to 7 days',
    { title: 'Grow paid seats', baseline: 1800, target: '1,800' },
    { title: 'Cut first response time', baseline: '2 h', target: '120 min' },
    { title: 'Raise activation', baseline: '40%', target: '40 %' },
    { title: 'Lift CSAT', baseline: '4.2/5', target: 4.2 },
    { title: 'Cut refunds', baseline: '$12k', target: '$12,000' },
    { title: 'Hold the error budget', kind: 'metric', baseline: '0.1%', target: '0.1%' },
    { title: 'Grow partner deals', baseline: 'twelve', target: 12 },
  ])('flags %o', (kr) => {
    expect(isFlagged(kr)).toBe(true);
  });

  it.each<string | Record<string, unknown>>([
    'Raise weekly active teams from 1,200 to 1,500',
    'Cut first response time from 2 h to 90 min',
    'Increase NPS to 50',
    'Grow ARR from $2M to $2.4M',
    'Keep availability at 99.9%',
    'Raise conversion from 9% to 9.5%',
    { title: 'Raise activation', baseline: '40%', target: '55%' },
    { title: 'Hold checkout availability at 99.9%', kind: 'maintain', baseline: '99.9%', target: '99.9%' },
    { title: 'Cut refunds', baseline: '$12k', target: '$10k' },
    { title: 'Grow paid seats', target: 1800 },
    { title: 'Grow paid seats', baseline: 1800 },
    { title: 'Lift CSAT', baseline: '4.2/5', target: '4.5/5' },
    { title: 'Cut cycle time', baseline: '1 week', target: '5 days' },
    { title: 'Cut errors', baseline: 'unknown', target: 'unknown' },
    'Cut escalations from 4 per month to 1',
  ])('does not flag %o', (kr) => {
    expect(krFindings(kr)).toEqual([]);
  });

  it('explains and suggests from the key result', () => {
    const [finding] = krFindings('Lift trial conversion from 9% to 9%');
    expect(finding?.message).toMatch(/from 9% to 9%/);
    expect(finding?.suggestion).toContain('Lift trial conversion from 9% to <target other than 9%>');
    expect(finding?.suggestion).toContain('kind: maintain');
  });

  it('places a field finding on the target field', () => {
    const [finding] = krFindings({ title: 'Grow paid seats', baseline: 1800, target: 1800 });
    expect(finding!.line).toBeGreaterThan(7);
  });
});
