import { describe, expect, it } from 'vitest';
import type { LintMessage } from '../../src/rule-kit/types.js';
import { findings } from '../helpers.js';

const RULE = 'kr-visibility';

function krFindings(kr: string | Record<string, unknown>, options?: Record<string, unknown>): LintMessage[] {
  return findings(RULE, { kr, options });
}
function isFlagged(kr: string | Record<string, unknown>, options?: Record<string, unknown>): boolean {
  return krFindings(kr, options).length > 0;
}

const flagged: [string, RegExp][] = [
  ['Reply to every Slack DM from teammates within 10 minutes', /fast replies/],
  ['Answer internal emails the same morning they arrive', /fast replies/],
  ['Stay available on Teams from 9 to 5 every weekday', /being seen/],
  ['Appear online in the chat tool throughout core hours', /being seen/],
  ['Keep your webcam switched on during every team call', /being seen/],
  ['Log at least 38 hours a week in Harvest', /hours put in/],
  ['Work 45 hours per week during the launch month', /hours put in/],
  ['Spend 7 hours a day logged in to the CRM', /being seen|on time|hours/],
  ['Badge into the Leeds office on three fixed days a week', /being seen/],
  ['Hit 90% return-to-office compliance for the finance team', /being seen/],
  ['No agent shows as idle for more than 10 minutes in the monitoring dashboard', /being seen/],
  ['Raise the average keyboard activity score in the productivity tracker to 85', /being seen/],
  ['Send at least 20 messages a day in the team channel on Slack', /activity on/],
  ['Attend every weekly all-hands meeting', /attending/],
  ['Arrive at the studio by 8:45 every morning', /on time/],
  ['Be present in the office four days out of five', /being seen/],
];

const clean = [
  'Cut time to first response on priority support tickets from 4 hours to 1 hour',
  'Answer 85% of customer chats within 2 minutes',
  'Acknowledge every P1 page within 5 minutes',
  'Restore service for severity-1 outages within 45 minutes',
  'Keep monthly uptime of the booking API at 99.95%',
  'Review each merge request within one working day',
  'Give every developer 15 hours of uninterrupted focus time per week',
  'Raise the engagement survey score from 3.6 to 4.1',
  'Grow weekly active members of the open-source Discord from 2,000 to 3,000',
  'No work emails or chat messages sent between 19:00 and 08:00',
  'Respond to all security disclosures within 72 hours',
  'Cut lead response time for inbound demo requests from 6 hours to 30 minutes',
  'Raise daily active users of the mobile app from 12k to 15k',
  'Make the self-serve docs available in German and Spanish',
  'Lower average meeting load per manager from 22 hours a week to 15',
  'Reply to every patient portal message within one business day',
];

describe('kr-visibility', () => {
  it.each(flagged)('reports a visibility KR: %s', (kr, message) => {
    const [finding] = krFindings(kr);
    expect(finding, kr).toBeDefined();
    expect(finding!.message).toMatch(message);
    expect(finding!.suggestion).toBeTruthy();
  });

  it.each(clean)('accepts an outcome, a service level or a boundary: %s', (kr) => {
    expect(isFlagged(kr)).toBe(false);
  });

  it('says which signal it saw and builds the rewrite from the KR number', () => {
    const [finding] = krFindings('Reply to every Slack DM from teammates within 10 minutes');
    expect(finding!.message).toBe('Rewards fast replies on Slack, internal responsiveness rather than an outcome.');
    expect(finding!.suggestion).toContain('from <current value> to 10 minutes');
  });

  it('quotes the hours in the message', () => {
    const [finding] = krFindings('Work 45 hours per week during the launch month');
    expect(finding!.message).toContain('45 hours');
    expect(finding!.suggestion).toContain('what 45 hours should produce');
  });

  it('takes extra presence terms and allowed terms from options', () => {
    expect(isFlagged('Keep the heartbeat widget lit all day')).toBe(false);
    expect(isFlagged('Keep the heartbeat widget lit all day', { extraPresenceTerms: ['heartbeat widget'] })).toBe(true);
    expect(isFlagged('Log at least 38 hours a week in Harvest', { allowTerms: ['Harvest'] })).toBe(false);
  });

  // Regressions, in our own words.
  it('does not read "Teams" the team (a chat tool) into "team"', () => {
    expect(isFlagged('Every question about the platform team can be answered with a link to the wiki')).toBe(false);
  });
  it('does not read "track time to X" as time tracking', () => {
    expect(isFlagged('Track time to first invoice for new merchants in the warehouse')).toBe(false);
  });
  it('does not read single sign-on as signing on', () => {
    expect(isFlagged('Implement single sign-on for the partner portal')).toBe(false);
  });
  it('leaves presence of outsiders alone (customers or students logging in is usage)', () => {
    expect(isFlagged('Raise the share of learners who log in twice a week from 35% to 55%')).toBe(false);
  });
  it('does not read "hours logged on a task" as being logged on', () => {
    expect(isFlagged('Cut hours logged on manual reconciliation from 90 to 30 a month')).toBe(false);
  });
  it('reads checking chat and keeping notifications on as being reachable', () => {
    expect(isFlagged('Check the team Slack channel every 30 minutes')).toBe(true);
    expect(isFlagged('Leave Teams notifications on all day')).toBe(true);
  });
  it('reads working from the office as attendance', () => {
    expect(isFlagged('Work from the office at least three days a week')).toBe(true);
  });
  it('does not flag a KR that relaxes a presence norm', () => {
    expect(isFlagged('Raise the share of all-hands calls with cameras optional from 30% to 100%')).toBe(false);
  });
  it('reads a possessive outside audience as outside ("clients\' emails")', () => {
    expect(isFlagged("Reply to partners' emails within one working day")).toBe(false);
  });
  it('reads chat status and hours recorded as visibility', () => {
    expect(isFlagged('Keep a green Slack status from 9 to 5')).toBe(true);
    expect(krFindings('Record 8 billable hours every working day')[0]?.message).toContain('8 billable hours');
  });
  it('does not treat a weekly cap on working hours as visibility', () => {
    expect(isFlagged('Nobody on the team works more than 45 hours a week')).toBe(false);
  });
  it('names hours put in even when a tracker records them', () => {
    expect(krFindings('Log at least 37 hours a week in the time-tracking app')[0]?.message).toMatch(/^Counts hours put in \(37 hours\)/);
  });

  // Generalisation: presence without chat or tracker words, colleagues vs outsiders.
  it('reads attending a standing meeting as attendance, even when outsiders sit on it', () => {
    expect(krFindings('Attend the weekly supplier quality forum')[0]?.message).toMatch(/attending/);
    expect(isFlagged('Every trainee attends Monday case conference')).toBe(true);
    expect(isFlagged('Shift leads attend the Tuesday safety huddle')).toBe(true);
    expect(isFlagged('Attend three trade fairs in Europe')).toBe(false);
  });
  it('reads being in a place for a time window as presence', () => {
    expect(isFlagged('Apprentices are physically at the workshop from 8 to 4 on weekdays')).toBe(true);
    expect(isFlagged('Be in the studio between 9 and 5')).toBe(true);
    expect(isFlagged('Move the studio between 2 sites')).toBe(false);
  });
  it('reads a person\'s status colour on any tool as presence, not a project status', () => {
    expect(isFlagged('Moderators keep their Mattermost status green during events')).toBe(true);
    expect(isFlagged('Keep the programme status green on the portfolio board')).toBe(false);
  });
  it('reads a quota of hours as hours put in whatever verb asks for it, but not a duration', () => {
    expect(krFindings('Capture 7 hours in Clockify each weekday')[0]?.message).toMatch(/hours put in/);
    expect(isFlagged('Nightly backups take 2 hours')).toBe(false);
    expect(isFlagged('Clock 37.5 hours in the timesheet app each week')).toBe(true);
  });
  it('reads a colleague who shares a word with outsiders as a colleague ("your team lead")', () => {
    expect(isFlagged('Answer chats from your team lead within 5 minutes')).toBe(true);
    expect(isFlagged('Answer chats from inbound leads within 5 minutes')).toBe(false);
  });
  it('reads posting a routine update by a clock time every day as presence', () => {
    expect(isFlagged('Share your check-in note in the team channel before 9:15 each morning')).toBe(true);
  });
  it('does not read outreach to outsiders as chatter', () => {
    expect(isFlagged('Send 3 thank-you emails to new donors')).toBe(false);
  });
});


describe('kr-visibility: logins and customer channels', () => {
  it('does not read a login feature or an account people hold as presence', () => {
    expect(isFlagged('Build passwordless login for the clinic app')).toBe(false);
    expect(isFlagged('Script laptop setup so that 80% of new hires have working logins in their first hour')).toBe(false);
    expect(isFlagged('Engineers are logged in to the VPN by 8:00 every day')).toBe(true);
  });
  it('does not read response time in a customer support channel as internal chat', () => {
    expect(isFlagged('Cut first reply time in the live chat widget from 9 minutes to 2 minutes')).toBe(false);
    expect(isFlagged('Reply to Slack messages from your manager within 5 minutes')).toBe(true);
  });
});

describe('kr-visibility: hours put in and presence without numbers', () => {
  it('reads hours named with the verb that logs them as hours put in, even without a number', () => {
    expect(isFlagged('Raise the mean hours per designer logged in the timesheet app each month')).toBe(true);
    expect(isFlagged('Cut meeting hours booked per engineer from 12 to 8')).toBe(false);
  });
  it('reads being at one\'s desk or visibly available as presence', () => {
    expect(isFlagged('Stay at your desk and visibly online to the team until 6pm')).toBe(true);
  });
});

describe('kr-visibility: "teams" as people or as the chat tool', () => {
  it.each([
    'Raise the share of teams releasing weekly from 30% to 60%',
    'Help 8 product teams answer their own data questions within a day',
  ])('reads lower-case "teams" as groups of people: "%s" is clean', (kr) => {
    expect(isFlagged(kr)).toBe(false);
  });

  it.each(['Answer colleagues on Teams within 5 minutes', 'Reply to every teams message within 10 minutes', 'Respond via teams within a quarter hour'])(
    'reads the chat tool by its name, preposition or what it carries: "%s"',
    (kr) => {
      expect(isFlagged(kr)).toBe(true);
    },
  );
});

describe(`${RULE}: "on site" and "badge" need the team's own presence`, () => {
  it.each([
    'Cut mean on-site repair time for field engineers by a fifth',
    'Get the spring catalogue published on site by March',
    'Collect 800 badge scans across the two industry expos',
    'Scan 250 visitor badges at our conference booth',
  ])('does not flag work done at a customer site, a page on a website or visitors\' badges: "%s"', (kr) => {
    expect(isFlagged(kr)).toBe(false);
  });

  it.each([
    'Work on site at least 4 days every week',
    'Supervisors are physically on-site every Monday',
    'Spend two days a week onsite',
    'Clinicians badge into the ward office before each shift',
    'Raise on-site attendance to 90% of weekdays',
  ])('still flags a person\'s own presence: "%s"', (kr) => {
    expect(isFlagged(kr)).toBe(true);
  });
});

describe('kr-visibility: logins judged by whether they worked', () => {
  // From a user trial: sign-in reliability of a product read as staff being seen online.
  it.each([
    'Raise the login success rate from 97.1% to 99.5%',
    'Cut failed logins from 4% to 1%',
    'Raise successful logins during payday peaks from 97.1% to 99.5%',
    'Cut login errors on the banking app from 2.5% to 0.5%',
    'Bring p95 login latency down from 3 s to 900 ms',
    'Reduce unsuccessful log-ins after a password reset from 12% to 4%',
  ])('reads "%s" as a reliability outcome, not presence', (kr) => {
    expect(isFlagged(kr)).toBe(false);
  });
  it.each([
    'Keep daily logins to the intranet above 95% of employees',
    'Every analyst is logged in to the trading desk tool by 8:30',
    'Raise daily logins per employee to the intranet from 1 to 3',
    'Log in to Slack before 9:00 every day',
  ])('still reads being logged in as presence: "%s"', (kr) => {
    expect(krFindings(kr)[0]?.message).toMatch(/being seen|on time/);
  });
});

// User trial 2: residents logging in to a council's booking portal is product use, like customer logins.
describe('kr-visibility: logins by the public a service is for', () => {
  it.each([
    'Raise weekly resident logins to the booking portal from 800 to 2,400',
    'Raise monthly patron logins to the library app from 1,500 to 3,000',
    'Double weekly passenger logins to the timetable app',
  ])('does not flag %s', (kr) => {
    expect(isFlagged(kr)).toBe(false);
  });
  it('still flags logins of the team\'s own staff', () => {
    expect(isFlagged('Raise weekly staff logins to the intranet from 80 to 240')).toBe(true);
  });
});
