import { describe, expect, it } from 'vitest';
import type { LintMessage } from '../../src/rule-kit/types.js';
import { findings } from '../helpers.js';

const RULE = 'kr-activity-weighted';

/** Findings on one KR (the example's filler KRs are outcomes, never flagged by this rule). */
function krFindings(kr: string | Record<string, unknown>, options?: Record<string, unknown>): LintMessage[] {
  return findings(RULE, { kr, options });
}
function isFlagged(kr: string | Record<string, unknown>, options?: Record<string, unknown>): boolean {
  return krFindings(kr, options).length > 0;
}

const activityCounts = [
  'Record 6 product walkthrough videos for the help centre',
  'Host 4 webinars for finance buyers',
  'Send 200 cold emails to logistics prospects every month',
  'Organise 2 hackathons for the platform teams',
  'Deliver 8 security trainings to new starters',
  'Write 10 case studies with reference customers',
  'Conduct 15 site visits at partner warehouses',
  'Give 3 conference talks about our observability stack',
  'Produce 24 short clips for the product launch',
  'Post 40 times on LinkedIn this quarter',
  '5 onboarding guides written by the support team',
  'Evaluate three vendors for contract management and pick one',
];

const tasks = [
  'Migrate the billing service to the new cluster',
  'Implement single sign-on for the admin console',
  'Roll out the new expense policy to all offices',
  'Redesign the pricing page',
  'Set up an on-call rotation for the data team',
  'Build a churn prediction model',
  'Hire a second recruiter for the Lisbon office',
  'Define the escalation path for enterprise tickets',
  'Dark mode is enabled for every workspace',
  'The status page shows the latency of each region',
  'Every squad has a written incident runbook',
  'Customers can export their invoices as CSV',
  'Grow the research team to five people',
  'Start tracking refund reasons in the helpdesk',
  'Write down the on-call handover checklist',
];

const outcomes = [
  'Raise trial-to-paid conversion from 8% to 11%',
  'Cut average handling time on billing tickets from 9 to 6 minutes',
  'Grow monthly recurring revenue from $410k to $520k',
  'Close 30 new mid-market deals this quarter',
  'Get 1,500 sign-ups to the beta waitlist',
  'Reduce failed deployments from 12% to 4%',
  'Increase the number of customer referrals from 40 to 70 a month',
  'Lift employee eNPS from 18 to 30',
  'Generate 900 qualified leads from partner channels',
  '300 customers run a report with the new builder every week',
  'Users create 5,000 projects in the first month after launch',
  'Bring the backlog of unanswered supplier invoices down from 420 to 100',
  'Keep warehouse pick accuracy above 99.5%',
  'Review every pull request within one business day',
  'Deliver 700 marketing-qualified leads to sales',
  'Symbol lookup returns results in under 300 ms for 95% of queries',
];

describe('kr-activity-weighted', () => {
  it.each(activityCounts)('reports an activity count: %s', (kr) => {
    const [finding] = krFindings(kr);
    expect(finding, kr).toBeDefined();
    expect(finding!.message).toMatch(/^Counts .*an activity/);
  });

  it.each(tasks)('reports a task: %s', (kr) => {
    const [finding] = krFindings(kr);
    expect(finding, kr).toBeDefined();
    expect(finding!.message).toMatch(/is a task/);
  });

  it.each(outcomes)('accepts an outcome or a result others produce: %s', (kr) => {
    expect(isFlagged(kr)).toBe(false);
  });

  it('explains an activity count in the KR own words and suggests measuring its effect', () => {
    const [finding] = krFindings('Write 10 case studies with reference customers');
    expect(finding!.message).toBe('Counts case studies written (10), an activity the team performs; name the effect the case studies should have.');
    expect(finding!.suggestion).toContain('"Write 10 case studies with reference customers" as an initiative');
    expect(finding!.suggestion).toContain('from <current value> to <target>');
  });

  it('names the task and builds the rewrite from its object', () => {
    const [finding] = krFindings('Migrate the billing service to the new cluster');
    expect(finding!.message).toContain('"Migrate the billing service" is a task');
    expect(finding!.suggestion).toContain('Make "Migrate the billing service to the new cluster" an initiative');
  });

  it('relaxes counts of discovery work for kind: leading, but not other outputs', () => {
    expect(isFlagged({ title: 'Run 20 problem interviews with lapsed subscribers', kind: 'leading' })).toBe(false);
    expect(isFlagged({ title: 'Run 8 pricing experiments on the checkout page', kind: 'leading' })).toBe(false);
    expect(isFlagged('Run 20 problem interviews with lapsed subscribers')).toBe(true);
    expect(isFlagged({ title: 'Publish 6 newsletters', kind: 'leading' })).toBe(true);
  });

  it('reports kind: milestone with its own message unless milestones are allowed', () => {
    const [finding] = krFindings({ title: 'Launch the reseller portal', kind: 'milestone' });
    expect(finding!.message).toMatch(/^Milestone "Launch the reseller portal" is a deliverable/);
    expect(isFlagged({ title: 'Launch the reseller portal', kind: 'milestone' }, { allowMilestones: true })).toBe(false);
  });

  it('takes extra vocabularies and allowed terms from options', () => {
    expect(isFlagged('Containerise ledger services')).toBe(false);
    expect(isFlagged('Containerise ledger services', { extraTaskVerbs: ['containerise'] })).toBe(true);
    expect(isFlagged('Get 12 roadshows booked with distributors')).toBe(false);
    expect(isFlagged('Get 12 roadshows booked with distributors', { extraActivityNouns: ['roadshow'] })).toBe(true);
    expect(isFlagged('Implement SOC 2 controls', { allowTerms: ['SOC'] })).toBe(false);
    expect(isFlagged('Implement SOC 2 controls', { reportTasks: false })).toBe(false);
  });

  // Regressions: kinds of mistakes fixed while measuring on the corpus, in our own words.
  it('does not treat a noun whose stem is a verb elsewhere as others\' results ("book" vs "bookings")', () => {
    expect(isFlagged('Finish the field-service handbook')).toBe(true);
  });
  it('reads "Scale <product>" as a task even when the product name is a usage word', () => {
    expect(isFlagged('Scale search to the two largest tenants by autumn')).toBe(true);
  });
  it('counts how often the team does something ("N times") as activity', () => {
    expect(isFlagged('Present at the all-hands 4 times')).toBe(true);
  });
  it('leaves turnaround targets to other rules', () => {
    expect(isFlagged('Triage every new bug report within 2 working days')).toBe(false);
  });
  it('leaves presence norms to kr-visibility', () => {
    expect(isFlagged('Post a status note in Slack every time you leave your desk')).toBe(false);
  });
  it('does not read a state word inside another word ("operator" is not "operational")', () => {
    expect(isFlagged('At least one external operator takes part in every regional tender')).toBe(false);
  });
  it('counts conversations with outside people as the team\'s activity', () => {
    expect(krFindings('Interview 25 former subscribers about why they left')[0]?.message).toMatch(/^Counts former subscribers interviewed \(25\)/);
  });
  it('does not count things outsiders do ("demos booked by prospects", "app reviews")', () => {
    expect(isFlagged('Double the number of trial demos booked by prospects')).toBe(false);
    expect(isFlagged('Increase five-star store reviews from 150 to 260')).toBe(false);
  });
  it('calls hiring a task even when it names a head count', () => {
    expect(krFindings('Hire 4 paramedics for the weekend rota')[0]?.message).toMatch(/is a task/);
  });
  it('finds the counted thing before a reduced relative clause ("reasons buyers give")', () => {
    expect(krFindings('List the top 5 objections buyers raise in pricing calls')[0]?.message).toMatch(/^Counts objections listed \(5\)/);
  });
  it('words messages from the KR itself, without broken inflections', () => {
    const [declarative] = krFindings('The admin console shows the storage used by each workspace');
    expect(declarative!.message).toContain('"The admin console shows the storage used by each workspace" is a task');
    const [shared] = krFindings('Hire or assign an owner for the partner programme');
    expect(shared!.message).toContain('"Hire an owner for the partner programme"'.replace(' for the partner programme', ''));
  });
  it('does not let a job title\'s stem swallow the counted work ("interviewer" vs "interviews")', () => {
    expect(krFindings('Complete 18 onboarding interviews with new franchisees')[0]?.message).toMatch(/^Counts/);
  });
  it('does not read a turnaround metric as a task because it names reviews', () => {
    expect(isFlagged('Get median design review turnaround below 2 days')).toBe(false);
  });
  it('counts how often a team deploys as its own throughput', () => {
    expect(isFlagged('Release to the app stores at least 3 times a week')).toBe(true);
  });
  it('reads building a metric as a task, not as a metric target', () => {
    expect(isFlagged('Set up a supplier risk score in the procurement tool')).toBe(true);
  });
  it('knows hyphenated verbs', () => {
    expect(isFlagged('Open-source the feature-flag SDK')).toBe(true);
  });
  it('names a single event with a gerund and stops the object at its cadence', () => {
    expect(krFindings('Run a customer roundtable every quarter')[0]?.message).toBe('Success is running a customer roundtable, an activity the team performs; name the effect the customer roundtable should have.');
  });
  it('reads entering one\'s time as a task, not a time metric', () => {
    expect(isFlagged('Enter your hours in the payroll tool before each Friday noon')).toBe(true);
  });
  it('reads a noun compound opening a declarative KR as its subject ("Feature flags available")', () => {
    expect(isFlagged('Release notes available in the customer portal')).toBe(true);
    expect(isFlagged('Test pricing pages with 5 customer segments')).toBe(true);
  });
  it('reads new people joining as hiring', () => {
    expect(krFindings('Three new data analysts join the finance team')[0]?.message).toMatch(/is a task/);
  });
  it('treats 100% of a rollout as scope, not a measure', () => {
    expect(isFlagged('Runbooks published for 100% of tier-1 services')).toBe(true);
  });
  it('reads a metric that changes as an outcome even when its first word is a verb ("Build times drop")', () => {
    expect(isFlagged('Build duration falls from 25 minutes to 9')).toBe(false);
    expect(isFlagged('Release cadence improves from fortnightly to daily')).toBe(false);
    expect(isFlagged('Launch conversion on the signup page reaches 5% from 3%')).toBe(false);
    expect(isFlagged('Finish the warehouse safety improvements')).toBe(true);
  });
  it('reads a share of other people\'s results as a service level ("Ship 95% of orders the same day")', () => {
    expect(isFlagged('Ship 97% of grocery orders the same evening')).toBe(false);
  });

  // Generalisation: verbs outside the lists, metric-first statements, stem collisions.
  it('reads an unlisted verb with a determined object as a task', () => {
    expect(isFlagged('Certify a backup courier for the northern depots')).toBe(true);
    expect(isFlagged('Harmonise the returns policy across stores')).toBe(true);
    expect(isFlagged('Normalise the intake questionnaire')).toBe(true);
  });
  it('does not read a change of degree or others\' behaviour as a task after an unlisted verb', () => {
    expect(isFlagged('Deepen our ties with alumni')).toBe(false);
    expect(isFlagged('Publicise the roadmap more widely')).toBe(false);
    expect(isFlagged('Energise the volunteers')).toBe(false);
    expect(isFlagged('Mesmerise the audience at launch')).toBe(false);
    expect(isFlagged('Galvanise the regional workforce')).toBe(false);
    expect(isFlagged('Stabilise the refund rate at 2%')).toBe(false);
  });
  it('reads obtaining a yes/no deliverable by a date as a task, not an outcome', () => {
    expect(isFlagged('Obtain the food-safety licence by October')).toBe(true);
    expect(isFlagged('Achieve a 4.6 average store rating by October')).toBe(false);
  });
  it('does not confuse applications handed in by the team with applicants', () => {
    expect(isFlagged('File the planning application by 2 May')).toBe(true);
  });
  it('counts records that staff keep of their own work', () => {
    expect(isFlagged('Reps record 15 partner check-ins a month in the CRM')).toBe(true);
  });
  it('does not read a statement that opens with a metric as a task', () => {
    expect(isFlagged('NPS after checkout calls at least 50')).toBe(false);
    expect(isFlagged('Unresolved audit items across both plants go from 12 to 2')).toBe(false);
    expect(isFlagged('Make the waiting room calmer')).toBe(false);
  });
});

describe('kr-activity-weighted: generalisation round 2', () => {
  it('reads a KR that opens with a metric name and a comparison or direction as measured', () => {
    expect(isFlagged('Lost-time injury frequency (LTIF) down from 3.4 to 2.0')).toBe(false);
    expect(isFlagged('p99 < 800ms for the search page')).toBe(false);
    expect(isFlagged('Churn among trial teams up no more than 1 point')).toBe(false);
  });
  it('treats "Make X <aim>" without a number as a vague aim, not a task', () => {
    expect(isFlagged('Make the museum the first stop for school trips')).toBe(false);
    expect(isFlagged('Make our help centre friendly')).toBe(false);
  });
  it('reads a product login feature as a task, not a presence signal', () => {
    expect(isFlagged('Build passwordless login for the clinic app')).toBe(true);
    expect(isFlagged('Automate laptop setup so that 80% of new hires have working logins in their first hour')).toBe(true);
  });
  it('still reads the team\'s own ritual as work when paperwork after it has a turnaround', () => {
    expect(isFlagged('Hold the fortnightly safety huddle and send notes within 1 day')).toBe(true);
    expect(isFlagged('Answer partner emails within 4 hours')).toBe(false);
  });
  it('reads one deliverable handed over on schedule as a task', () => {
    expect(isFlagged('Deliver the warehouse scanner rollout on schedule')).toBe(true);
    expect(isFlagged('Hand over the new clinic wing on the agreed date')).toBe(true);
    expect(isFlagged('Ship 90% of releases on schedule')).toBe(false);
  });
  it('does not read a time bound anchored to the period end as a turnaround', () => {
    expect(isFlagged('Send the annual impact letter within 10 days of year end')).toBe(true);
  });

  // User trial: "name the effect the sales reps should have" gave the effect to the people acted on.
  it.each([
    ['Train all 60 sales reps on the new CRM', 'Counts sales reps trained (60), an activity the team performs; name the effect that training the sales reps should have.'],
    ['Migrate all 12 clinics to the new booking system', 'Counts clinics migrated (12), an activity the team performs; name the effect that migrating the clinics should have.'],
    ['Call 50 lapsed accounts', 'Counts lapsed accounts called (50), an activity the team performs; name the effect that calling the lapsed accounts should have.'],
  ])('gives the effect to the work when the counted things are acted on: %s', (kr, message) => {
    expect(krFindings(kr)[0]?.message).toBe(message);
  });

  it.each([
    ['Run 4 workshops with partners', 'the workshops'],
    ['Write 10 case studies', 'the case studies'],
  ])('keeps the effect on the output when the counted things are made: %s', (kr, thing) => {
    expect(krFindings(kr)[0]?.message).toContain(`name the effect ${thing} should have.`);
  });

  // User trial: "state the result The new pricing page should produce".
  it.each([
    ['The new pricing page goes live on 2 September', 'the new pricing page'],
    ['The new checkout flow goes live in May', 'the new checkout flow'],
    ['Runbooks are written for every on-call service', '"Runbooks"'],
  ])('does not carry a sentence-initial capital into the middle of the message: %s', (kr, thing) => {
    const finding = krFindings(kr).find((f) => f.message.includes('is a task'));
    expect(finding?.message).toBe(`"${kr}" is a task: success is the work being done, not a change it causes; state the result ${thing} should produce.`);
  });
});

describe('kr-activity-weighted: words with accented letters', () => {
  // A user trial: "Hold a Zoë-led retro every sprint" was reported as "holding a Zoë-".
  it.each([
    ['Hold a Zoë-led retro every sprint', 'holding a Zoë-led retro', 'Zoë-led retro'],
    ['Hold a Müller-style design review every week', 'holding a Müller-style design review', 'Müller-style design review'],
  ])('keeps the whole word in the activity it names: %s', (kr, activity, thing) => {
    expect(krFindings(kr)[0]?.message).toBe(`Success is ${activity}, an activity the team performs; name the effect the ${thing} should have.`);
  });
});

// User trial 2: "the effect the story time biweekly should have", "the result the reading list monthly should produce".
describe('kr-activity-weighted: a cadence closing the object is not part of the thing named', () => {
  it.each([
    ['Run story time biweekly', 'Success is running story time, an activity the team performs; name the effect the story time should have.'],
    ['Hold the board meeting semi-annually', 'Success is holding the board meeting, an activity the team performs; name the effect the board meeting should have.'],
    ['Publish the reading list monthly', '"Publish the reading list" is a task: success is the work being done, not a change it causes; state the result the reading list should produce.'],
    ['Send the donor digest quarterly', '"Send the donor digest" is a task: success is the work being done, not a change it causes; state the result the donor digest should produce.'],
  ])('%s', (kr, message) => {
    expect(krFindings(kr).map((f) => f.message)).toContain(message);
  });
  it('keeps a cadence that opens the phrase and still passes a cadence-qualified metric', () => {
    expect(krFindings('Publish the weekly menu').map((f) => f.message).join('\n')).toContain('the weekly menu should produce');
    expect(isFlagged('Raise monthly repeat borrowers from 300 to 450')).toBe(false);
  });
});

// User trial 2: "Counts staff turnover held (1)" read a level to hold as an event held.
describe('kr-activity-weighted: a level to hold is no event', () => {
  it.each([
    'Hold staff turnover at or below 1 person per quarter',
    'Hold missed bin collections under 20 per month',
    'Keep volunteer drop-outs at or below 3 per term',
  ])('does not flag %s', (kr) => {
    expect(isFlagged(kr)).toBe(false);
  });
  it('still counts events held with a bound on how many', () => {
    expect(krFindings('Hold at least 4 workshops per quarter').map((f) => f.message)).toContain('Counts workshops held (4), an activity the team performs; name the effect the workshops should have.');
  });
});
