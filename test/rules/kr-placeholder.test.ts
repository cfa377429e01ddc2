import { describe, expect, it } from 'vitest';
import type { LintMessage } from '../../src/rule-kit/types.js';
import { findings } from '../helpers.js';

const RULE = 'kr-placeholder';
const krFindings = (kr: string | Record<string, unknown>, options?: Record<string, unknown>): LintMessage[] => findings(RULE, { kr, options });
const isFlagged = (kr: string | Record<string, unknown>, options?: Record<string, unknown>) => krFindings(kr, options).length > 0;

describe(RULE, () => {
  it.each([
    'Raise activation to X% of new workspaces',
    'Grow partner-sourced pipeline to $N',
    'Cut onboarding time to ??? days',
    'Lift renewal rate to TBD',
    'Reach N+ weekly active teams',
    'Sign at least N new distributors',
    'Hit <target> qualified leads a month',
    'Reduce cost per ticket by X%',
    'Reach $Xk in expansion revenue',
    'Grow webinar sign-ups to xx per session',
    'Raise CSAT to TBC',
    'Cut refunds to N% of orders',
    'Book ?? enterprise pilots',
    'Improve checkout completion (owner)',
    'Ship the audit log [owner] by mid-quarter',
  ])('flags "%s"', (kr) => {
    expect(isFlagged(kr)).toBe(true);
  });

  it.each([
    { title: 'Raise NPS from 28 to 40', target: 'TBD' },
    { title: 'Lift weekly retention from 31% to 36%', owner: '(owner)' },
    { title: 'Cut churn from 3% to 2%', baseline: '???' },
    { title: 'Cut churn from 3% to 2%', source: 'TBD' },
    { title: 'Cut churn from 3% to 2%', current: 'x%' },
  ])('flags the placeholder field in %o', (kr) => {
    const found = krFindings(kr);
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBeGreaterThan(7);
  });

  it.each([
    'Raise trial-to-paid conversion from 8% to 11%',
    'Launch the Model X dashboard for fleet customers',
    'Support the iPhone X and newer in the mobile app',
    'Reply to every question on X (formerly Twitter) within a day',
    'Cut onboarding time from 9 days to 5',
    'Grow active teams to 1,500 (from 1,200)',
    'Move service N1 to the new region',
    'Answer the question "what changed?" in every release note',
    'Win the Q3 design partner deal',
    'Publish the 2027 pricing (owner approved)',
    'Reach 45% activation, per the growth model',
    'Cut p95 latency from 900 ms to 400 ms',
    'Ship version 2 of the importer',
    'Keep the team at 8 engineers',
    'Hire a data engineer (Berlin or remote)',
  ])('does not flag "%s"', (kr) => {
    expect(krFindings(kr)).toEqual([]);
  });

  it.each([
    { title: 'Lift weekly retention from 31% to 36%', owner: 'Priya', source: 'Amplitude retention chart', target: '36%', baseline: '31%' },
  ])('does not flag a filled-in mapping', (kr) => {
    expect(krFindings(kr)).toEqual([]);
  });

  it('says what is missing and rewrites with a slot', () => {
    const [finding] = krFindings('Raise activation to X% of new workspaces');
    expect(finding?.message).toBe('"X%" stands in for a number that was never filled in.');
    expect(finding?.suggestion).toBe('Fill in the real number: "Raise activation to <number> of new workspaces"');
  });

  it('options: extra words and the fields to check', () => {
    expect(isFlagged('Grow referrals to FIXME')).toBe(false);
    expect(isFlagged('Grow referrals to FIXME', { words: ['fixme'] })).toBe(true);
    expect(isFlagged({ title: 'Cut churn from 3% to 2%', source: 'TBD' }, { fields: ['owner'] })).toBe(false);
  });

  it('names an open slot in a written move as its start or target value', () => {
    const [start] = krFindings('Lift weekly repeat orders from TBD to 40%');
    expect(start?.message).toBe('"TBD" stands in for a start value that was never filled in.');
    expect(start?.suggestion).toBe('Fill in the real start value: "Lift weekly repeat orders from <start value> to 40%"');
    const both = krFindings('Grow partner revenue from €X to €N');
    expect(both.map((f) => f.message)).toEqual([
      '"€X" stands in for a start value that was never filled in.',
      '"€N" stands in for a target value that was never filled in.',
    ]);
    expect(krFindings('Onboarding time: ?? -> 3 days')[0]?.message).toContain('a start value');
  });
});
