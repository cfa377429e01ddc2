import { describe, expect, it } from 'vitest';
import type { LintMessage } from '../../src/rule-kit/types.js';
import { findings } from '../helpers.js';

const RULE = 'kr-unmeasurable';
const krFindings = (kr: string | Record<string, unknown>, options?: Record<string, unknown>): LintMessage[] => findings(RULE, { kr, options });
const isFlagged = (kr: string | Record<string, unknown>, options?: Record<string, unknown>) => krFindings(kr, options).length > 0;

describe(RULE, () => {
  it.each([
    'Improve collaboration between design and engineering',
    'Enhance the quality of our release notes',
    'Maximise attendance at the customer summit',
    'Reduce customer churn',
    'Increase usage of saved reports',
    'Grow the number of partner integrations people install',
    'Make the checkout flow easier to use',
    'Get more agencies to resell the product',
    'Communicate roadmap changes better',
    'Keep the data warehouse consistent across regions',
    'Answer partner questions within a few days',
    'Reply to as many reviews as possible',
    'Can we shorten the release cycle?',
    'Customers trust our status page',
    'Engineers rely on the internal platform for every new service launch',
    'Onboarding is judged a success by the new hires',
    'Consider moving the docs site to a static generator',
    'Customer satisfaction score',
    'Build an effective escalation path',
    'Ship the importer, and make imports faster',
  ])('flags "%s"', (kr) => {
    expect(isFlagged(kr)).toBe(true);
  });

  it.each([
    'Raise self-service resolution from 40% to 60%',
    'Ship the usage-based billing page',
    'Write the incident review guide',
    'Hire a head of partnerships',
    'No P1 incidents caused by expired certificates',
    'Every on-call engineer can restore a database from backup unaided',
    'Bring mean time to restore down quarter over quarter',
    'Customers can export invoices as CSV',
    'The admin console shows which seats are unused',
    'Move the staging cluster to the new region',
    'Finish the website copy improvements',
    'Hire a customer success lead',
    'Draft a succession plan for team leads and share it for comments',
    'Work 37.5 hours a week, no more and no less',
    'Each squad commits to a written plan every cycle',
    'Trial three onboarding formats (live, recorded, more hands-on) to find the best one',
    'Update the pricing page so sales can quote higher-tier plans',
  ])('does not flag "%s"', (kr) => {
    expect(krFindings(kr)).toEqual([]);
  });

  it('leaves a mapping key result with a target to the baseline rule', () => {
    expect(isFlagged({ title: 'Increase usage of saved reports', target: '40%' })).toBe(false);
    expect(isFlagged({ title: 'Increase usage of saved reports' })).toBe(true);
  });

  describe('messages and suggestions', () => {
    it('says what is missing and builds the range from the key result', () => {
      const [finding] = krFindings('Reduce customer churn');
      expect(finding?.message).toMatch(/"Reduce" gives a direction but no destination/);
      expect(finding?.suggestion).toBe('Reduce customer churn from <current value> to <target>');
    });

    it('replaces a vague amount with a number slot', () => {
      expect(krFindings('Answer partner questions within a few days')[0]?.suggestion).toBe('Answer partner questions within <number> days');
      expect(krFindings('Reply to as many reviews as possible')[0]?.suggestion).toBe('Reply to at least <number> reviews');
    });

    it('counts a behaviour as a share of the people who show it', () => {
      expect(krFindings('Customers trust our status page')[0]?.suggestion).toBe('Count it: "Raise the share of customers who trust our status page from <current value> to <target>"');
    });

    it('names the vague word', () => {
      expect(krFindings('Make the checkout flow easier to use')[0]?.message).toContain('"easier"');
    });
  });

  describe('options', () => {
    it('vagueWords adds qualifiers', () => {
      expect(isFlagged('Make the dashboard snappier')).toBe(false);
      expect(isFlagged('Make the dashboard snappier', { vagueWords: ['snappier'] })).toBe(true);
    });

    it('allowedTerms removes words the team has defined', () => {
      expect(isFlagged('Make builds faster', { allowedTerms: ['faster'] })).toBe(false);
      expect(isFlagged('Improve onboarding', { allowedTerms: ['improve'] })).toBe(false);
    });
  });

  // Regression tests, one per kind of mistake fixed while measuring on the corpus.
  describe('regressions', () => {
    it('a noun that shares a stem with a vague word is not vague ("improvements", "succession")', () => {
      expect(isFlagged('Roll out the search improvements to all tenants')).toBe(false);
      expect(isFlagged('Document the succession path for on-call leads')).toBe(false);
    });

    it('people must be the subject: "Redesign the sales deck" is a task', () => {
      expect(isFlagged('Redesign the sales deck')).toBe(false);
    });

    it('a number that only names a window does not measure "as many as possible"', () => {
      expect(isFlagged('Log in on as many days as possible in each 14-day period')).toBe(true);
    });

    it('"no more and no less" is a bound, not a vague "more"', () => {
      expect(isFlagged('Keep stand-ups to 15 minutes, no more')).toBe(false);
    });

    it('intent verbs with no end state: delight, focus, understand', () => {
      expect(isFlagged('Delight first-time buyers')).toBe(true);
      expect(isFlagged('Focus on mid-market accounts')).toBe(true);
      expect(isFlagged('Understand why pilots stall')).toBe(true);
    });

    it('a feeling is a judgement, and the rewrite keeps the subject without its modal', () => {
      expect(krFindings('Checkout should feel effortless')[0]?.suggestion).toContain('"Checkout rated at least <score> out of 5');
    });

    it('a bare metric name needs a target, a role to hire does not', () => {
      expect(isFlagged('Weekly active users')).toBe(true);
      expect(isFlagged('Hire a partner success lead')).toBe(false);
    });

    it('a vague qualifier counts only in a clause with no number of its own', () => {
      expect(isFlagged('Cut signup steps from 7 to 4, and make the form clearer')).toBe(true);
      expect(isFlagged('Make search faster: p95 from 900 ms to 400 ms')).toBe(false);
    });
  });
});

describe('kr-unmeasurable: "ensure" or "make sure" a state that no number defines', () => {
  // From a user trial: "Make customers happier" was flagged, "Ensure partners are happy" was not.
  it.each([
    ['Ensure partners are happy', 'happy'],
    ['Ensure customers are satisfied with onboarding', 'satisfied'],
    ['Make sure technicians are well prepared', 'prepared'],
    ['Ensure the finance team is responsive to budget owners', 'responsive'],
    ['Make sure suppliers stay fully compliant', 'compliant'],
    ['Ensure stakeholders are pleased with the roadmap', 'pleased'],
  ])('flags "%s" as resting on "%s"', (kr, word) => {
    const [finding] = krFindings(kr);
    expect(finding?.message).toContain(`"${word}"`);
  });
  it.each([
    'Ensure every laptop is encrypted',
    'Make sure all release branches are protected',
    'Ensure the nightly backup is restored in a test once a month',
    'Ensure 95% of partners are satisfied with onboarding (CSAT 4 or more), up from 80%',
  ])('leaves a checkable end state alone: "%s"', (kr) => {
    expect(isFlagged(kr)).toBe(false);
  });
});
