import { describe, expect, it } from 'vitest';
import { PositionTable, snapshotPositions } from '../../src/cache/positions.js';
import { Linter } from '../../src/engine/linter.js';
import { defineRule, type OkrDocument } from '../../src/rule-kit/index.js';
import type { ConfiguredRule } from '../../src/rule-kit/types.js';

const FILE_A = `period: 2027-Q3
team: Warehouse
objectives:
  - id: wh-picking
    title: Pick orders without walking the whole floor
    aligns_to: [co-cost, co-speed]
    key_results:
      - Cut metres walked per order from 420 to 250
      - title: Raise picks per hour from 60 to 85
        baseline: 60
        target: 85
`;

const FILE_B = `team: Carriers
period: 2027-Q3
objectives:
  - title: Hand parcels over on time
    id: car-handover
    key_results:
      - Raise on-time handover from 88% to 97%
`;

/** A project rule that reports the places the project pass can name. */
const everywhere = defineRule<Record<string, never>>({
  name: 'test-everywhere',
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    docs: { description: 'Test rule.', rationale: 'Test.', recommended: false, examples: { valid: [], invalid: [] } },
    messages: { here: '{{what}}' },
    defaultOptions: {},
  },
  create(context) {
    return {
      project(documents: readonly OkrDocument[]) {
        for (const document of documents) {
          context.report({ node: document, field: 'team', messageId: 'here', data: { what: 'team' } });
          for (const objective of document.objectives) {
            context.report({ node: objective, field: 'aligns_to', messageId: 'here', data: { what: 'aligns_to' } });
            context.report({ node: objective, field: 'id', messageId: 'here', data: { what: 'id' } });
            for (const kr of objective.keyResults) context.report({ node: kr, messageId: 'here', data: { what: `kr${kr.index}` } });
          }
        }
      },
    };
  },
});

const rules: ConfiguredRule[] = [{ id: everywhere.name, rule: everywhere, severity: 2, options: {} }];

function projectFindings(): Map<string, { message: string; line: number; column: number; endColumn: number }[]> {
  const linter = new Linter(rules);
  linter.lintText(FILE_A, 'a.okr.yaml');
  linter.lintText(FILE_B, 'b.okr.yaml');
  return linter.finishProject() as never;
}

describe('project positions without YAML trees', () => {
  it('places project findings on the field, the key result text and the document key', () => {
    const byFile = projectFindings();
    const a = byFile.get('a.okr.yaml')!.map((m) => [m.message, m.line, m.column]);
    expect(a).toEqual(
      expect.arrayContaining([
        ['team', 2, 7],
        ['aligns_to', 6, 16],
        ['id', 4, 9],
        ['kr0', 8, 9],
        ['kr1', 9, 16],
      ]),
    );
    const b = byFile.get('b.okr.yaml')!.map((m) => [m.message, m.line, m.column]);
    // No aligns_to in B: the finding falls back to the objective mapping, as the live locator does.
    expect(b).toEqual(expect.arrayContaining([['team', 1, 7], ['id', 5, 9], ['kr0', 7, 9], ['aligns_to', 4, 5]]));
  });

  it('answers unknown fields with the node itself', () => {
    const live = { node: (_node: unknown, field?: string) => ({ line: field ? 9 : 3, column: 1, endLine: 3, endColumn: 2 }) };
    const document: OkrDocument = { type: 'document', path: [], textPath: [], filePath: 'x', index: 0, objectives: [] };
    const table = new PositionTable(document, snapshotPositions(document, live as never));
    expect(table.node(document, 'no-such-field').line).toBe(3);
    expect(table.node(document, 'team').line).toBe(9);
  });
});
