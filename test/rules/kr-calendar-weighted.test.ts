import { describe, expect, it } from 'vitest';
import type { LintMessage } from '../../src/rule-kit/types.js';
import { findings } from '../helpers.js';

const RULE = 'kr-calendar-weighted';

function krFindings(kr: string | Record<string, unknown>, options?: Record<string, unknown>): LintMessage[] {
  return findings(RULE, { kr, options });
}
function isFlagged(kr: string | Record<string, unknown>, options?: Record<string, unknown>): boolean {
  return krFindings(kr, options).length > 0;
}

const flagged: [string, RegExp][] = [
  ['Run a weekly pipeline review with every account executive', /recurring ritual \(pipeline review weekly\)/],
  ['Hold a fortnightly retrospective for the warehouse shift leads', /recurring ritual/],
  ['Attend the Monday leadership sync', /attending/],
  ['Join every sprint demo of the payments squad', /attending/],
  ['Facilitate daily stand-ups for the mobile team', /recurring ritual/],
  ['Have a 1:1 with each direct report every week', /recurring ritual/],
  ['Publish meeting minutes after each steering committee meeting', /recurring ritual/],
  ['Submit the project status report every Friday', /recurring ritual/],
  ['Fill in your timesheet before noon each Monday', /recurring ritual/],
  ['Host monthly office hours for the analytics guild', /recurring ritual/],
  ['Be punctual for every client kickoff call', /attending|punctual/],
  ['Deliver all sprint commitments on time', /a date rather than a result/],
  ['No project milestone slips by more than a week', /a date rather than a result/],
  ['Launch the supplier portal by 15 April', /the date "by 15 April"/],
  ['Complete the SOC 2 audit by the end of the quarter', /by the end of the quarter/],
  ['Roll out the new rota tool before June', /before June/],
  ['Protect a no-meeting day every Wednesday for the design team', /keeping/],
];

const clean = [
  'Cut failed payroll runs from 6 a quarter to 1 by 30 September',
  'Raise daily active drivers from 3,400 to 4,100',
  'Grow weekly paying households from 900 to 1,300',
  'Reduce average meeting hours per engineer from 11 a week to 7',
  'Lift the share of on-time shipments from 88% to 95%',
  'Increase webinar-sourced pipeline from $120k to $200k this quarter',
  'Reach 4.5 out of 5 satisfaction on monthly support surveys by June',
  'Lower time to hire for engineers from 52 days to 35',
  'Every team member gets at least 10 hours of focus time per week',
  'Keep the error budget for checkout above 20% each month',
  'Publish 4 posts about the new API',
  'Raise survey response rate at the quarterly all-hands from 40% to 70%',
  'Cut the share of tickets reopened within a week from 14% to 8%',
  'Bring monthly cloud spend down from $84k to $70k',
  'Raise first-contact resolution from 61% to 75% in the weekly cohort',
];

describe('kr-calendar-weighted', () => {
  it.each(flagged)('reports a calendar KR: %s', (kr, message) => {
    const [finding] = krFindings(kr);
    expect(finding, kr).toBeDefined();
    expect(finding!.message).toMatch(message);
    expect(finding!.suggestion).toBeTruthy();
  });

  it.each(clean)('accepts: %s', (kr) => {
    expect(isFlagged(kr)).toBe(false);
  });

  it('explains a deadline-only output with its own words and keeps the date in the rewrite', () => {
    const [finding] = krFindings('Launch the supplier portal by 15 April');
    expect(finding!.message).toBe('The only criterion of "Launch the supplier portal" is the date "by 15 April"; a date needs a measurable outcome behind it.');
    expect(finding!.suggestion).toContain('from <current value> to <target> by 15 April');
  });

  it('names the ritual and its cadence', () => {
    const [finding] = krFindings('Hold a retro every sprint');
    expect(finding!.message).toBe('Success is a recurring ritual (retro every sprint) rather than a result; say what the retro should change.');
    expect(finding!.suggestion).toContain('Keep the retro as a habit');
  });

  // User trial: "(weekly design crits weekly)", "(quarterly partner summit quarterly)".
  it.each([
    ['Hold weekly design crits', 'weekly design crits'],
    ['Organise a quarterly partner summit', 'quarterly partner summit'],
  ])('does not repeat a cadence the ritual already names: %s', (kr, ritual) => {
    const finding = krFindings(kr).find((f) => f.message.startsWith('Success is a recurring ritual'));
    expect(finding?.message).toBe(`Success is a recurring ritual (${ritual}) rather than a result; say what the ${ritual} should change.`);
  });

  // User trial 2: "(story time bi-weekly bi-weekly)", "(book swap twice twice a month)".
  it.each([
    ['Run story time bi-weekly', 'story time', 'bi-weekly'],
    ['Hold a book swap twice a month', 'book swap', 'twice a month'],
    ['Host a coding club every other Saturday', 'coding club', 'every other Saturday'],
    // An accented letter stays in its word ("(repair caf every other Saturday)").
    ['Run a repair café every other Saturday', 'repair café', 'every other Saturday'],
    ['Host a naïve-art workshop every other Sunday', 'naïve-art workshop', 'every other Sunday'],
    ['Hold the board meeting semi-annually', 'board meeting', 'semi-annually'],
    ['Host a bi-weekly supper club', 'bi-weekly supper club', ''],
  ])('names a hyphenated or multiword cadence once: %s', (kr, ritual, cadence) => {
    const finding = krFindings(kr).find((f) => f.message.startsWith('Success is a recurring ritual'));
    const recurrence = cadence ? ` ${cadence}` : '';
    expect(finding?.message).toBe(`Success is a recurring ritual (${ritual}${recurrence}) rather than a result; say what the ${ritual} should change.`);
  });

  it('still reads a semi-annual metric as a metric, not a ritual', () => {
    expect(isFlagged('Raise semi-annually surveyed member satisfaction from 6.1 to 7.5')).toBe(false);
  });

  // User trial 2: "(staff turnover per quarter)" read a level to hold as a recurring ritual.
  it('does not read a level to hold with a period as a ritual', () => {
    expect(isFlagged('Hold staff turnover at or below 1 person per quarter')).toBe(false);
    expect(isFlagged('Hold missed bin collections under 20 per month')).toBe(false);
    expect(isFlagged('Hold at least 4 workshops per quarter')).toBe(true);
    expect(isFlagged('Hold a book swap twice a month')).toBe(true);
  });

  it('takes extra ritual words and allowed terms from options', () => {
    expect(isFlagged('The guild parade takes place every month')).toBe(false);
    expect(isFlagged('The guild parade takes place every month', { extraRitualWords: ['parade'] })).toBe(true);
    expect(isFlagged('Attend the weekly safety briefing', { allowTerms: ['safety briefing'] })).toBe(false);
    expect(isFlagged('Launch the supplier portal by 15 April', { reportDeadlines: false })).toBe(false);
  });

  // Regressions, in our own words.
  it('does not read "all testing" as a recurring ritual', () => {
    expect(isFlagged('All regression testing finishes within 3 working days of a release candidate')).toBe(false);
  });
  it('leaves arriving at work on time to kr-visibility', () => {
    expect(isFlagged('Arrive at the depot on time every morning')).toBe(false);
  });
  it('does not call a date on an outcome a deadline', () => {
    expect(isFlagged('Raise repeat purchase rate from 22% to 30% by the end of the year')).toBe(false);
  });
  it('treats any event held on a cadence as a ritual ("every term")', () => {
    expect(krFindings('Host an open evening for parents every term')[0]?.message).toMatch(/recurring ritual/);
  });
  it('keeps an on-time criterion outside the object of an improvement verb', () => {
    expect(isFlagged('Tighten release planning, judged by fewer than two slipped milestones per quarter')).toBe(true);
  });
  it('does not call a cycle-time target on a recurring process a ritual', () => {
    expect(isFlagged('Run the quarterly inventory count in 2 days instead of 5')).toBe(false);
  });
  it('does not read record keeping with a turnaround as a ritual', () => {
    expect(isFlagged('Log every supplier call in the ERP within 2 days')).toBe(false);
  });
  it('treats a recurring publication as a ritual', () => {
    expect(isFlagged('Send a weekly update memo to the franchise owners')).toBe(true);
  });
  it('does not read "annual" (a plan name) as a recurrence', () => {
    expect(isFlagged('Run a discount test on the annual subscription')).toBe(false);
  });
  it('reads "twice a year" as a cadence', () => {
    expect(isFlagged('Convene the patient advisory panel twice a year')).toBe(true);
  });
  it('does not read a metric about meetings as holding them', () => {
    expect(isFlagged('Keep weekly meeting time below 8 hours per engineer')).toBe(false);
  });
  it('reads logging time every day as a timesheet ritual', () => {
    expect(isFlagged('Log time against client codes daily')).toBe(true);
  });
  it('leaves showing up to work on time to kr-visibility', () => {
    expect(isFlagged('Show up to the plant on time every shift')).toBe(false);
  });

  // Generalisation: rituals known by shape, cadences of events, clock-time cut-offs, open-class deadlines.
  it('reads attending a weekday slot as a ritual even when its noun is unknown', () => {
    expect(krFindings('All residents attend Wednesday grand rounds')[0]?.message).toMatch(/attending|ritual/);
  });
  it('reads a count of events per period as a cadence', () => {
    expect(isFlagged('Host three tasting evenings a quarter')).toBe(true);
    expect(isFlagged('Host three tasting evenings in a quarter')).toBe(false);
  });
  it('reads a meeting named by a cadence acronym as a ritual, but not any acronym', () => {
    expect(isFlagged('Run MBRs with the 12 franchise owners')).toBe(true);
    expect(isFlagged('Run API load tests with the 12 franchise owners')).toBe(false);
  });
  it('reads a share done before a clock time as on-time delivery', () => {
    expect(isFlagged('Load 95% of outbound pallets before the 6pm trunk departure')).toBe(true);
    expect(isFlagged('Be signed in to the chat tool by 8:45 every day')).toBe(false);
  });
  it('reads a deadline after any task verb, listed or not, as a deadline-only criterion', () => {
    expect(krFindings('Lodge the annual return by 30 September')[0]?.message).toMatch(/30 September/);
    expect(krFindings('Obtain the organic label by November')[0]?.message).toMatch(/November/);
  });
});


describe('kr-calendar-weighted: schedule phrasing without a date', () => {
  it('reads a date named rather than given as an on-time criterion', () => {
    expect(isFlagged('Hand over the new clinic wing on the agreed date')).toBe(true);
    expect(isFlagged('90% of refit phases finish on their planned dates')).toBe(true);
  });
  it('reads a day named by the period it opens as a deadline', () => {
    expect(isFlagged('Get the new timetable app live before the first day of semester')).toBe(true);
  });
  it('reads a deliverable due within N days of a period end as calendar-bound', () => {
    expect(isFlagged('Send the annual impact letter within 10 days of year end')).toBe(true);
  });
  it('does not read a weekly count of the team\'s own work as a ritual', () => {
    expect(isFlagged('Review 400 returned parcels each week')).toBe(false);
    expect(isFlagged('Review the returns queue every Monday')).toBe(true);
  });
});

describe('kr-calendar-weighted: words with accented letters', () => {
  // A user trial: the phrase was cut at the first non-ASCII letter ("repair caf", "ller-style").
  it.each([
    ['Run a repair café every other Saturday', 'repair café every other Saturday', 'repair café'],
    ['Hold a Zoë-led retro every sprint', 'Zoë-led retro every sprint', 'Zoë-led retro'],
    ['Hold a Müller-style design review every week', 'Müller-style design review every week', 'Müller-style design review'],
    ['Run the Ørsted-led safety walk every month', 'Ørsted-led safety walk every month', 'Ørsted-led safety walk'],
  ])('keeps the whole word in the ritual it names: %s', (kr, ritual, thing) => {
    expect(krFindings(kr)[0]?.message).toBe(`Success is a recurring ritual (${ritual}) rather than a result; say what the ${thing} should change.`);
  });
});
