/**
 * The project pass keeps every file's model packed (src/model/project.ts); project rules must
 * still see the same key results, with every field, as the file pass did: linted here, and
 * read back from the cache.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/api.js';
import { defineRule, type KeyResult, type RuleDefinition } from '../../src/rule-kit/index.js';

const ODD_VALUES = `period: 2027-Q2
team: Field Ops
objectives:
  - id: ops-visits
    title: Reach every site on the first visit
    key_results:
      - Raise first-visit fixes from 70% to 85%
      - [not, a, key, result]
      - title: Keep spare-part stockouts at zero
        kind: maintain
        baseline: -0
        target: .inf
        current: .nan
        unit: stockouts
        source: ERP weekly export
        owner: parts-desk
        due: 2027-06-30
      - title: Cut drive time per visit
        baseline: 48
        target: "35"
  - just a string
  - id: ops-safety
    title: Send nobody to a site without the right kit
    key_results:
      - title: "Kit checks before dispatch: 100% (now 91%)"
        kind: not-a-kind
`;

/** Every field of a key result, with -0 and NaN told apart. */
function describeKeyResult(kr: KeyResult): string {
  const show = (value: unknown) => (Object.is(value, -0) ? '-0' : typeof value === 'number' ? `${value}n` : JSON.stringify(value));
  const fields = ['index', 'form', 'title', 'kind', 'baseline', 'target', 'current', 'unit', 'source', 'owner', 'due'] as const;
  return `${kr.objective.id} ${kr.path.join('.')} ${kr.textPath.join('.')} ${fields.map((f) => `${f}=${show(kr[f])}`).join(' ')} keys=${Object.keys(kr).sort().join(',')}`;
}

const echo = defineRule<Record<string, never>>({
  name: 'echo-key-results',
  meta: {
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: { description: 'Test rule.', rationale: 'Test.', recommended: false, examples: { valid: [], invalid: [] } },
    messages: { seen: '{{pass}} {{what}}' },
    defaultOptions: {},
  },
  create(context) {
    return {
      keyResult(kr) {
        context.report({ node: kr, messageId: 'seen', data: { pass: 'file', what: describeKeyResult(kr) } });
      },
      project(documents) {
        for (const document of documents) {
          for (const objective of document.objectives) {
            for (const kr of objective.keyResults) context.report({ node: kr, messageId: 'seen', data: { pass: 'project', what: describeKeyResult(kr) } });
          }
        }
      },
    };
  },
});

const extraRules = new Map<string, RuleDefinition<any>>([['echo-key-results', echo]]);

function seen(messages: { message: string; line: number; column: number }[], pass: string): string[] {
  return messages.filter((m) => m.message.startsWith(`${pass} `)).map((m) => `${m.line}:${m.column} ${m.message.slice(pass.length + 1)}`);
}

describe('project pass over packed models', () => {
  it('gives project rules the key results the file pass saw, with every field and position, fresh and from the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'okrlint-project-model-'));
    writeFileSync(join(dir, 'ops.okr.yaml'), ODD_VALUES);
    const options = { cwd: dir, config: false as const, extraRules, rules: { 'echo-key-results': 'warn' as const }, concurrency: 'off' as const, cache: join(dir, 'cache') };
    for (const round of ['fresh', 'cached']) {
      const [result] = await lintFiles(['.'], options);
      const filePass = seen(result!.messages, 'file');
      expect(filePass, round).toHaveLength(4);
      expect(filePass.join('\n')).toContain('baseline=-0 target=Infinityn current=NaNn');
      expect(filePass.join('\n')).toContain('target="35"');
      expect(seen(result!.messages, 'project'), round).toEqual(filePass);
    }
  });
});
