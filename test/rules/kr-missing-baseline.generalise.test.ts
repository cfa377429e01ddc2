/** Regression tests for kinds of key result outside the development corpus (each written for this file). */
import { describe, expect, it } from 'vitest';
import { isFlagged, krFindings } from '../helpers.js';

const RULE = 'kr-missing-baseline';

describe(`${RULE}: start values in "label: A → B" form`, () => {
  it.each([
    'Average haul per truck: 640 miles → 820 miles',
    'Permit approval time: 12 days → under 5 days',
    'Energy per unit: 3.4 kWh -> 2.9 kWh',
  ])('does not flag "%s"', (kr) => {
    expect(krFindings(RULE, kr)).toEqual([]);
  });
});

describe(`${RULE}: fractions in words are relative changes`, () => {
  it.each(['Cut missed pickups by a quarter', 'Shrink average queue wait by one third', 'Lift repeat bookings by roughly a fifth'])('flags "%s" as relative', (kr) => {
    const [finding] = krFindings(RULE, kr);
    expect(finding?.message).toMatch(/change of/);
    expect(finding?.suggestion).toMatch(/from <current value> to/);
  });
});

describe(`${RULE}: clock hours are not targets`, () => {
  it.each(['Support leads are on the phones between 8 and 4 every weekday', 'Keep the loading bay staffed between 11 and 3 on Saturdays'])(
    'does not flag "%s"',
    (kr) => {
      expect(isFlagged(RULE, kr)).toBe(false);
    },
  );
});

describe(`${RULE}: counts and hours of other people's behaviour`, () => {
  it.each([
    'Mentors give 1,200 hours of coaching this year',
    'Alumni donate 3,000 hours to the literacy programme',
    'Every rep logs at least 40 CRM notes a week',
    'Each store manager files at least 6 shelf audits a month',
    'Subscribers open 2 newsletters a week on average',
  ])('flags "%s"', (kr) => {
    expect(isFlagged(RULE, kr)).toBe(true);
  });

  it.each(['Volunteer 20 hours at the shelter this quarter', 'Publish 3 release notes per month', 'Record 2 podcast episodes a month on average', 'Write 4 onboarding guides'])(
    'still treats the team\'s own effort or output as needing no start: "%s"',
    (kr) => {
      expect(isFlagged(RULE, kr)).toBe(false);
    },
  );

  it('a passive "tracked" describes the metric, it is not time put in', () => {
    expect(isFlagged(RULE, 'p95 page render time is tracked and under 1.5 seconds')).toBe(true);
  });
});

describe(`${RULE}: conduct norms on chat and hours are kr-visibility's business`, () => {
  it.each(['Clock 7.5 hours in Harvest every working day', 'Track at least 38 hours a week in the timesheet tool'])('does not flag "%s"', (kr) => {
    expect(isFlagged(RULE, kr)).toBe(false);
  });

  it.each([
    'Each engineer averages at least 6 focused hours per day in the tracker',
    'Answer priority customer tickets within 2 hours',
    'Restore the payments API within 20 minutes of an outage',
  ])('still asks a measured level or an outside service level for a start: "%s"', (kr) => {
    expect(isFlagged(RULE, kr)).toBe(true);
  });
});

describe(`${RULE}: generalisation round 2`, () => {
  it('reads a bare capital letter closing the KR as an unfilled target', () => {
    expect(krFindings(RULE, 'Lift repeat bookings among corporate clients to N')[0]?.message).toContain('placeholder');
  });
  it('reads "with no <plural>" as a zero target, but not a setup described with "no"', () => {
    expect(isFlagged(RULE, 'Pass the fire-safety inspection with no findings')).toBe(true);
    expect(isFlagged(RULE, 'Move invoicing to a flow with no manual step in it')).toBe(false);
  });
  it('reads a fix-time bound on others\' items as a threshold, even beside a noun sharing a verb\'s stem', () => {
    expect(isFlagged(RULE, 'Rotate leaked keys on customer-facing hosts within 24 hours')).toBe(true);
  });
  it('does not ask for a start value for a time bound on the team\'s own paperwork', () => {
    expect(isFlagged(RULE, 'Hold the board review and send the minutes within 3 days')).toBe(false);
    expect(isFlagged(RULE, 'Publish the annual impact report within 20 days of year end')).toBe(false);
    expect(isFlagged(RULE, 'Acknowledge every safety report within 24 hours')).toBe(true);
  });
  it('does not ask for a start value for a count of sites the team opens', () => {
    expect(isFlagged(RULE, 'Open 2 new clinics in the north')).toBe(false);
  });
});

describe(`${RULE}: two clauses`, () => {
  it('reads a threshold in a second clause as a metric, not the first verb\'s output', () => {
    expect(isFlagged(RULE, 'Recruit 8 lifeguards by May and keep pool closures under 2 a month')).toBe(true);
    expect(isFlagged(RULE, 'Write and publish 6 case studies')).toBe(false);
  });
});
