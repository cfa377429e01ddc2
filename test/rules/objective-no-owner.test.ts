import { describe, expect, it } from 'vitest';
import { resolveRules } from '../../src/api.js';
import { findings, lintYaml } from '../helpers.js';

const RULE = 'objective-no-owner';

const file = (fileOwner: string) => `period: 2027-Q1
team: Billing
${fileOwner}objectives:
  - id: b1
    title: Stop losing customers to failed card payments
    owner: Amara
    key_results:
      - Cut involuntary churn from 1.8% to 1.1% a month
  - id: b2
    title: Make invoices something customers never ask about
    key_results:
      - Cut invoice questions from 300 to 120 a month
`;

describe(RULE, () => {
  it('is in the strict preset only', () => {
    const ids = (preset: 'recommended' | 'strict') => resolveRules({ preset }).map((r) => r.id);
    expect(ids('recommended')).not.toContain(RULE);
    expect(ids('strict')).toContain(RULE);
  });

  it('reports the objective with no owner at its title', () => {
    const found = lintYaml(file('')).filter((m) => m.ruleId === RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 10, column: 12 });
    expect(found[0]!.message).toBe('Objective "Make invoices something customers never ask about" names no owner, and neither does its file.');
    expect(found[0]!.suggestion).toContain('under "Make invoices something customers never ask about"');
  });

  it('lets the file owner own objectives by default', () => {
    expect(findings(RULE, { yaml: file('owner: Jonas\n') })).toEqual([]);
  });

  it('asks every objective for an owner when inheritance is off', () => {
    const found = findings(RULE, { yaml: file('owner: Jonas\n'), options: { inheritFromFile: false } });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('Objective "Make invoices something customers never ask about" names no owner.');
  });
});
