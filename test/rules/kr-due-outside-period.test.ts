import { describe, expect, it } from 'vitest';
import { parseIsoDay, parsePeriod, periodContains } from '../../src/rule-kit/index.js';
import { lintYaml } from '../helpers.js';

const RULE = 'kr-due-outside-period';

const file = (period: string, dues: string[]) =>
  `period: ${period}\nteam: Billing\nobjectives:\n  - id: b1\n    title: Stop losing customers to failed card payments\n    key_results:\n${dues
    .map((due, i) => `      - title: Recover ${30 + i}% of failed payments, up from 22%\n        due: "${due}"\n`)
    .join('')}`;

const findingsFor = (period: string, dues: string[]) => lintYaml(file(period, dues)).filter((m) => m.ruleId === RULE);

describe('parsePeriod', () => {
  it.each([
    ['2027-Q1', '2027-01-01', '2027-03-31'],
    ['2027 Q2', '2027-04-01', '2027-06-30'],
    ['Q3 2027', '2027-07-01', '2027-09-30'],
    ['2027q4', '2027-10-01', '2027-12-31'],
    ['2027-H1', '2027-01-01', '2027-06-30'],
    ['H2 2027', '2027-07-01', '2027-12-31'],
    ['2027', '2027-01-01', '2027-12-31'],
    ['FY2027', '2027-01-01', '2027-12-31'],
    ['2028-02', '2028-02-01', '2028-02-29'],
  ])('reads %s as %s to %s', (text, start, end) => {
    expect(parsePeriod(text)).toMatchObject({ start, end });
  });

  it.each(['Spring 2027', 'Q5 2027', '2027-13', 'next quarter', ''])('does not guess at %j', (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });

  it('checks days, both ends included', () => {
    const q1 = parsePeriod('2027-Q1')!;
    expect(periodContains(q1, '2027-01-01')).toBe(true);
    expect(periodContains(q1, '2027-03-31')).toBe(true);
    expect(periodContains(q1, '2027-04-01')).toBe(false);
    expect(parseIsoDay('2027-02-29')).toBeUndefined();
    expect(parseIsoDay('2028-02-29')).toBe('2028-02-29');
  });
});

describe(RULE, () => {
  it('passes due dates inside the period', () => {
    expect(findingsFor('2027-Q1', ['2027-01-01', '2027-02-14', '2027-03-31'])).toEqual([]);
    expect(findingsFor('2027-H2', ['2027-07-01', '2027-12-31'])).toEqual([]);
    expect(findingsFor('2027', ['2027-06-30'])).toEqual([]);
  });

  it('reports a due date after the period at the due field', () => {
    const found = findingsFor('2027-Q1', ['2027-02-01', '2027-04-15']);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 10, column: 14, endLine: 10, endColumn: 26 });
    expect(found[0]!.message).toBe('Due 2027-04-15 falls after the period 2027-Q1 (2027-01-01 to 2027-03-31).');
    expect(found[0]!.suggestion).toBe('Set due to a day within 2027-Q1, e.g. due: 2027-03-31, or move "Recover 31% of failed payments, up from 22%" to the 2027-Q2 OKR file.');
  });

  it('reports a due date before the period', () => {
    const [finding] = findingsFor('2027-Q3', ['2027-06-30']);
    expect(finding!.message).toContain('falls before the period 2027-Q3');
    expect(finding!.suggestion).toContain('due: 2027-07-01');
  });

  it('reports a day that does not exist', () => {
    const [finding] = findingsFor('2027-Q1', ['2027-02-30']);
    expect(finding!.message).toBe('Due "2027-02-30" is not a calendar day; write it as YYYY-MM-DD.');
    expect(finding!.suggestion).toContain('due: 2027-02-28');
  });

  it('leaves an unreadable period to the schema check, which says it once at the period', () => {
    const messages = lintYaml(file('Spring 2027', ['2027-04-01', '2027-09-01']));
    expect(messages.filter((m) => m.ruleId === RULE)).toEqual([]);
    const periodErrors = messages.filter((m) => m.ruleId === 'schema' && m.line === 1);
    expect(periodErrors).toHaveLength(1);
    expect(periodErrors[0]).toMatchObject({ line: 1, column: 9 });
  });

  it('ignores key results without a due date, and plain-text ones', () => {
    const yaml = 'period: Spring 2027\nteam: A\nobjectives:\n  - id: a\n    title: Keep customers\n    key_results:\n      - Cut churn from 3% to 2%\n      - title: Lift NPS from 30 to 40\n';
    expect(lintYaml(yaml).filter((m) => m.ruleId === RULE)).toEqual([]);
  });

  it('reads each YAML document with its own period', () => {
    const yaml = `${file('2027-Q1', ['2027-03-01'])}---\n${file('2027-Q2', ['2027-03-01'])}`;
    const found = lintYaml(yaml).filter((m) => m.ruleId === RULE);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('before the period 2027-Q2');
  });
});
