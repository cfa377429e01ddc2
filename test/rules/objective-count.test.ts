import { describe, expect, it } from 'vitest';
import { findings, lintYaml } from '../helpers.js';

const RULE = 'objective-count';

const file = (count: number) =>
  `period: 2027-Q1\nteam: Platform\nobjectives:\n${Array.from({ length: count }, (_, i) => `  - id: p-${i + 1}\n    title: Platform goal ${i + 1}\n    key_results:\n      - Cut build time from ${20 + i} to ${10 + i} minutes\n`).join('')}`;

describe(RULE, () => {
  it.each([1, 3, 5])('passes %i objectives', (count) => {
    expect(findings(RULE, { yaml: file(count) })).toEqual([]);
  });

  it('reports once, at the first objective past the limit, naming the extras', () => {
    const found = lintYaml(file(7)).filter((m) => m.ruleId === RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 25, column: 12 });
    expect(found[0]!.message).toBe('This file has 7 objectives for team Platform; keep it to 5 or fewer so the team can focus.');
    expect(found[0]!.suggestion).toBe('Keep the 5 objectives that matter most this period; fold "Platform goal 6", "Platform goal 7" into them as key results, or move them to a later period.');
  });

  it('takes the limit from options', () => {
    expect(findings(RULE, { yaml: file(4), options: { max: 3 } })).toHaveLength(1);
    expect(findings(RULE, { yaml: file(7), options: { max: 8 } })).toEqual([]);
  });

  it('reports an empty objectives list, at the list', () => {
    const found = lintYaml('period: 2027-Q1\nteam: Support\nobjectives: []\n').filter((m) => m.ruleId === RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 3, column: 13, severity: 1 }); // at the empty list
    expect(found[0]!.message).toBe('This file has no objectives for team Support; give it at least 1.');
  });

  it('takes a minimum from options; min 0 allows an empty list', () => {
    expect(findings(RULE, { yaml: file(2), options: { min: 3 } })[0]?.message).toBe('This file has 2 objectives for team Platform; give it at least 3.');
    expect(findings(RULE, { yaml: 'period: 2027-Q1\nteam: Support\nobjectives: []\n', options: { min: 0 } })).toEqual([]);
  });

  it('counts each YAML document (team) on its own', () => {
    const yaml = `${file(4)}---\n${file(4)}`;
    expect(lintYaml(yaml).filter((m) => m.ruleId === RULE)).toEqual([]);
  });
});
