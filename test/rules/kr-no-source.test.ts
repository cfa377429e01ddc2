import { describe, expect, it } from 'vitest';
import { resolveRules } from '../../src/api.js';
import { findings, lintYaml } from '../helpers.js';

const RULE = 'kr-no-source';

const yaml = `period: 2027-Q1
team: Support
objectives:
  - id: s1
    title: Make self-service the first stop for routine questions
    key_results:
      - title: Raise self-service resolution from 35% to 55%
        source: Help-centre analytics
      - title: Cut repeat contacts from 18% to 10%
        baseline: 18%
      - Lift help-centre CSAT from 3.6 to 4.2
      - title: Publish the public status page
        kind: milestone
`;

describe(RULE, () => {
  it('is in the strict preset only', () => {
    const ids = (preset: 'recommended' | 'strict') => resolveRules({ preset }).map((r) => r.id);
    expect(ids('recommended')).not.toContain(RULE);
    expect(ids('strict')).toContain(RULE);
  });

  it('reports a mapping without source and a plain-text key result, each at its title', () => {
    const found = lintYaml(yaml).filter((m) => m.ruleId === RULE);
    expect(found.map((m) => [m.line, m.column])).toEqual([[9, 16], [11, 9]]);
    expect(found[0]!.message).toBe('Key result names no source: say which system the number comes from.');
    expect(found[0]!.suggestion).toBe('Add source: <dashboard, query or tool> under "Cut repeat contacts from 18% to 10%", naming where its value is read from.');
    expect(found[1]!.message).toBe('Key result is plain text, so it cannot name the system its number comes from.');
    expect(found[1]!.suggestion).toContain('- title: "Lift help-centre CSAT from 3.6 to 4.2" with source:');
  });

  it('asks milestones for a source when they are not ignored', () => {
    const found = findings(RULE, { yaml, options: { ignoreKinds: [] } });
    expect(found.map((m) => m.line)).toEqual([9, 11, 12]);
  });

  it('treats a blank source as none', () => {
    expect(findings(RULE, { krs: [{ title: 'Cut repeat contacts from 18% to 10%', source: ' ' }] })).toHaveLength(1);
  });
});
