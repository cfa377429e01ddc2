/** Number parsing: what people write in key results, and what is not a metric. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/analysis.js';
import { parseNumeral } from '../../src/text/numbers.js';

const quantities = (text: string) => analyzeText(text).quantities;
const one = (text: string) => {
  const found = quantities(text);
  expect(found, `one quantity in "${text}"`).toHaveLength(1);
  return found[0]!;
};

describe('plain numbers', () => {
  it.each([
    ['Close 14 enterprise deals', 14],
    ['Reach 1,200 paying teams', 1200],
    ['Grow to 2,500,000 monthly page views', 2_500_000],
    ['Keep the error ratio under 0.4', 0.4],
    ['Sign three design partners', 3],
    ['Sign twenty five resellers', 25],
    ['Sign twenty-five resellers', 25],
    ['Recruit two hundred beta testers', 200],
    ['Recruit two hundred fifty beta testers', 250],
    ['Book a dozen discovery calls', 12],
    ['Onboard five thousand seats', 5000],
  ])('%s -> %d', (text, value) => {
    const q = one(text);
    expect(q.value).toBe(value);
    expect(q.unit).toBe('count');
  });

  it('parses separators and decimals', () => {
    expect(parseNumeral('1,200')).toBe(1200);
    expect(parseNumeral('12,345,678.5')).toBe(12345678.5);
    expect(parseNumeral('4.1')).toBe(4.1);
  });

  it('does not read "one" in "one of", "no one" or "pick one and" as a count', () => {
    expect(quantities('Make onboarding one of the top three reasons to buy').map((q) => q.value)).toEqual([3]);
    expect(quantities('Make sure no one waits for a laptop')).toEqual([]);
    expect(quantities('Compare two vendors, pick one and roll it out')).toHaveLength(1);
  });
});

describe('units', () => {
  it.each([
    ['Lift activation to 40%', 40, 'percent'],
    ['Lift activation to 40 %', 40, 'percent'],
    ['Lift activation to 40 percent', 40, 'percent'],
    ['Lift activation to 40 per cent', 40, 'percent'],
    ['Raise gross margin by 3pp', 3, 'percent'],
    ['Raise gross margin by 3 percentage points', 3, 'percent'],
    ['Average 4.1 out of 5 in the onboarding survey', 4.1, 'score'],
    ['Average 4.1/5 in the onboarding survey', 4.1, 'score'],
    ['Rate the help centre 8/10 or better', 8, 'score'],
    ['Lift NPS by 10 points', 10, 'score'],
    ['Answer within 45 minutes', 45, 'duration'],
    ['Answer within 45 min', 45, 'duration'],
    ['Restore service in 2h', 2, 'duration'],
    ['Keep p95 below 300 ms', 300, 'duration'],
    ['Keep p95 below 300ms', 300, 'duration'],
    ['Resolve billing disputes within 5 business days', 5, 'duration'],
    ['Book $1.2M in new ARR', 1_200_000, 'currency'],
    ['Book €300k in renewals', 300_000, 'currency'],
    ['Cut cloud spend to £40k a month', 40_000, 'currency'],
    ['Close USD 2M of pipeline', 2_000_000, 'currency'],
    ['Reach 1.2k weekly readers', 1200, 'count'],
    ['Serve 80k repositories', 80_000, 'count'],
    ['Grow usage 3x', 3, 'multiple'],
  ])('%s -> %d %s', (text, value, unit) => {
    const q = one(text);
    expect(q.value).toBeCloseTo(value);
    expect(q.unit).toBe(unit);
  });

  it('reads bands and hyphenated durations', () => {
    const band = one('Give every engineer 10-14 hours of focus time a week');
    expect([band.value, band.upTo, band.unit]).toEqual([10, 14, 'duration']);
    const modifier = one('Keep a 2-hour first response time');
    expect([modifier.value, modifier.unit, modifier.attributive]).toEqual([2, 'duration', true]);
    expect(one('Report weekly actives over a 28-day window').role).toBe('window');
  });

  it('reads rates', () => {
    expect(one('Cut failed deploys to 2 per week').per).toBe('week');
    expect(one('Cut escalations to 6 a month').per).toBe('month');
  });
});

describe('bounds', () => {
  it.each([
    ['Keep adoption at least 60%', 'min'],
    ['Keep adoption at 60% or more', 'min'],
    ['Reach an 80%+ renewal rate', 'min'],
    ['Exceed 50% weekly adherence', 'min'],
    ['Keep p95 under 300 ms', 'max'],
    ['Keep p95 < 300ms', 'max'],
    ['Respond in five minutes or less', 'max'],
    ['Escalate no more than 10% of cases', 'max'],
    ['Escalate fewer than 3 cases a week', 'max'],
    ['Escalate up to 3 cases a week', 'max'],
    ['Allow no stretch longer than an hour', 'max'],
  ])('%s -> %s', (text, bound) => {
    expect(one(text).bound).toBe(bound);
  });

  it('does not read the arrow in "96% -> 99%" as "greater than"', () => {
    expect(quantities('Raise uptime 96% -> 99%').every((q) => q.bound === undefined)).toBe(true);
  });

  it('does not read the unit "min" as a bound', () => {
    expect(analyzeText('Answer within 45 min').quantities[0]!.bound).toBe('max');
    expect(analyzeText('Cut a call to 45 min').threshold).toBe(false);
  });
});

describe('relative changes', () => {
  it.each([
    'Grow weekly active users by 20%',
    'Grow weekly active users by 500',
    'Double the number of self-serve upgrades',
    'Halve the time to close a month',
    'Triple qualified demo requests',
    'Grow organic sign-ups 3x',
    'Cut churn by half',
    'Deliver a 15% increase in renewals',
    'Reclaim 6 focus hours per person per week',
    'Add 300 more paying teams',
  ])('%s is relative', (text) => {
    expect(analyzeText(text).relative).toBe(true);
  });

  it.each([
    'Close 40 deals by March 15',
    'Hire two more support engineers and one more manager',
    'Make one improvement to the signup form',
    'Post twice a week on the engineering blog',
  ])('%s is not a change in a metric', (text) => {
    const a = analyzeText(text);
    expect(a.quantities.filter((q) => q.relative && q.unit !== 'count').length).toBe(0);
    if (text.startsWith('Post')) expect(a.quantities[0]!.role).toBe('frequency');
  });
});

describe('ranges and start values', () => {
  it.each([
    ['Raise conversion from 40% to 60%', 40, 60],
    ['Raise uptime from 96 % to 99 %', 96, 99],
    ['Raise uptime 96% -> 99%', 96, 99],
    ['Raise uptime 96%→99%', 96, 99],
    ['Cut escalations from 4 per month to 1', 4, 1],
    ['Cut resolution time from 8.4 days down to 7', 8.4, 7],
    ['Raise NPS to 50 from 32', 32, 50],
    ['Raise conversion 40% to 60%', 40, 60],
  ])('%s', (text, from, to) => {
    const a = analyzeText(text);
    expect([a.range?.from.value, a.range?.to.value]).toEqual([from, to]);
    expect(a.hasStartValue).toBe(true);
  });

  it.each([
    'Reach 200k article views a month (currently 125k)',
    'Lift NPS to 45 (32 last quarter)',
    'Cut meeting load from 23 hours a week by nearly half',
    'Grow paid seats to 2,000, up from 1,400',
    'Reach 95% (baseline 88%) first-contact resolution',
  ])('%s states a start value', (text) => {
    expect(analyzeText(text).hasStartValue).toBe(true);
  });

  it.each(['Reach 99.9% uptime', 'Go down to 8 minutes median wait', 'Grow revenue from existing accounts to $3M'])('%s states no start value', (text) => {
    expect(analyzeText(text).hasStartValue).toBe(false);
  });
});

describe('dates, times and identifiers are not metrics', () => {
  it.each([
    'Finish the migration by March 15',
    'Finish the migration by 15 March',
    'Finish the migration by 30 Sept',
    'Finish the migration by Sept 30, 2027',
    'Finish the migration in Q3',
    'Finish the migration in Q3 2027',
    'Finish the migration in 2027',
    'Finish the migration by 2027-03-15',
    'Finish the migration by end of quarter',
    'Finish the migration by the end of March',
    'Finish the migration by EOQ',
    'Finish the migration in H2',
    'Finish the migration before FY27',
    'Finish the migration by Friday',
    'Be logged on by 8:30 every day',
    'No messages between 20:00 and 07:00',
  ])('%s has no quantity', (text) => {
    const a = analyzeText(text);
    expect(a.quantities).toEqual([]);
    expect(a.dates.length).toBeGreaterThan(0);
  });

  it.each([
    'Pass the ISO 27001 audit',
    'Ship the v2 API',
    'Complete the SOC 2 type II report',
    'Clear every P1 bug',
    'Page on SEV1 alerts only',
    'Sign tier-1 partners',
    'Move Python 3 services off the old runner',
    'Hold a 1:1 with each report',
    'Staff the 24/7 on-call rota',
    'Roll out 2FA for admins',
    'Collect 5-star reviews',
  ])('%s has no quantity', (text) => {
    expect(analyzeText(text).quantities).toEqual([]);
  });

  it('tells a count from a year', () => {
    expect(one('Collect 2000 sign-ups').value).toBe(2000);
    expect(analyzeText('Publish the 2027 roadmap').quantities).toEqual([]);
    expect(one('Book $2025 in add-ons').unit).toBe('currency');
  });

  it('keeps the number of a percentile out and the threshold in', () => {
    const q = one('Keep p95 < 300ms');
    expect(q.value).toBe(300);
  });

  it('reads "first half" as a date, "half of" as 50%', () => {
    expect(analyzeText('Ship in the first half of the year').quantities).toEqual([]);
    expect(one('Route half of the tickets to self-service').value).toBe(50);
  });
});

describe('placeholders, zero targets, named baselines and vague amounts', () => {
  it.each([
    ['Reach X% activation', 'X%'],
    ['Reach at least $N net new ARR', '$N'],
    ['Grow weekly users to M+', 'M+'],
    ['Target: TBD', 'TBD'],
    ['Cut handling time to ??? minutes', '???'],
    ['Owner: (owner)', '(owner)'],
    ['Hit <target> signups', '<target>'],
    ['Sign at least N customers', 'N'],
  ])('%s has placeholder %s', (text, raw) => {
    expect(analyzeText(text).placeholders.map((p) => p.raw)).toContain(raw);
  });

  it('does not take a product name for a placeholder', () => {
    expect(analyzeText('Launch the Model X dashboard').placeholders).toEqual([]);
  });

  it.each(['No P1 incidents this quarter', 'Zero failed payroll runs', 'Eliminate manual invoice matching', 'Never miss a payroll date', 'Ship on time; no rollbacks'])('%s is a zero target', (text) => {
    expect(analyzeText(text).zeroTarget).toBe(true);
  });

  it.each(['Escalate no more than 5% of cases', 'Work 40 hours, no more and no less', 'Move to continuous delivery with no human gate'])('%s is not a zero target', (text) => {
    expect(analyzeText(text).zeroTarget).toBe(false);
  });

  it.each([
    ['Grow revenue vs last year', 'vs last year'],
    ['Bring MTTR down quarter over quarter', 'quarter over quarter'],
    ['Lift bookings year-over-year', 'year-over-year'],
    ['Lift bookings YoY', 'YoY'],
    ['Beat the previous quarter on renewals compared with the previous quarter', 'compared with the previous quarter'],
  ])('%s names a baseline %s', (text, named) => {
    expect(analyzeText(text).namedBaseline).toBe(named);
  });

  it.each([
    ['Reply within a few hours', 'a few'],
    ['Try several onboarding variants', 'several'],
    ['Post on as many days as possible', 'as many as possible'],
  ])('%s has vague amount %s', (text, amount) => {
    expect(analyzeText(text).vagueAmounts).toContain(amount);
  });
});
