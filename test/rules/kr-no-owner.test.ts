import { describe, expect, it } from 'vitest';
import { resolveRules } from '../../src/api.js';
import { findings, lintYaml } from '../helpers.js';

const RULE = 'kr-no-owner';

const yaml = `period: 2027-Q1
team: Support
objectives:
  - id: s1
    title: Make self-service the first stop for routine questions
    owner: Priya
    key_results:
      - title: Raise self-service resolution from 35% to 55%
        owner: Tomás
      - title: Cut repeat contacts from 18% to 10%
      - Lift help-centre CSAT from 3.6 to 4.2
`;

describe(RULE, () => {
  it('is in the strict preset only', () => {
    const ids = (preset: 'recommended' | 'strict') => resolveRules({ preset }).map((r) => r.id);
    expect(ids('recommended')).not.toContain(RULE);
    expect(ids('strict')).toContain(RULE);
  });

  it('reports mapping and plain-text key results without an owner, each at its title', () => {
    const found = lintYaml(yaml).filter((m) => m.ruleId === RULE);
    expect(found.map((m) => [m.line, m.column])).toEqual([[10, 16], [11, 9]]);
    expect(found[0]!.message).toBe('Key result names no owner: say who drives it and reports on it each week.');
    expect(found[0]!.suggestion).toBe('Add owner: <the person who drives it> under "Cut repeat contacts from 18% to 10%".');
    expect(found[1]!.message).toBe('Key result is plain text, so it cannot name an owner.');
    expect(found[1]!.suggestion).toContain('- title: "Lift help-centre CSAT from 3.6 to 4.2" with owner:');
  });

  it('does not inherit the objective owner unless told to', () => {
    expect(findings(RULE, { yaml, options: { inheritFromObjective: true } })).toEqual([]);
  });

  it('treats a blank owner as none', () => {
    expect(findings(RULE, { krs: [{ title: 'Cut repeat contacts from 18% to 10%', owner: '  ' }] })).toHaveLength(1);
  });
});
