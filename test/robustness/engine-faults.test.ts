/**
 * Faults in extensions (issue 7, point 3) at the engine level: a rule that throws on one
 * file is named with that file and the node it was on, the run goes on, no other rule's
 * findings are lost; a rule with invalid options stops the run before any file is read.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FatalError, lintFiles, lintText } from '../../src/api.js';
import { defineRule, type RuleDefinition } from '../../src/rule-kit/index.js';

/** Throws on any key result whose text mentions "explode"; reports every other one. */
const fragile = defineRule<{ word: string }>({
  name: 'fragile',
  meta: {
    type: 'problem',
    docs: { description: 'Test rule.', rationale: 'Exercises crash handling.', recommended: false, examples: { valid: [], invalid: [] } },
    defaultSeverity: 'warn',
    messages: { seen: 'Saw "{{title}}".' },
    schema: { type: 'object', properties: { word: { type: 'string' } }, additionalProperties: false },
    defaultOptions: { word: 'explode' },
  },
  create(context) {
    return {
      keyResult(kr) {
        if (kr.title.includes(context.options.word)) throw new TypeError(`cannot handle "${kr.title}"\nsecond line of detail`);
        context.report({ node: kr, messageId: 'seen', data: { title: kr.title }, suggestion: 'Keep going.' });
      },
    };
  },
});

const projectCrash = defineRule({
  ...fragile,
  name: 'project-crash',
  create: () => ({
    project() {
      throw new Error('lost track of the alignment graph');
    },
  }),
} as RuleDefinition<any>);

const extraRules = new Map<string, RuleDefinition<any>>([
  ['fragile', fragile as RuleDefinition<any>],
  ['project-crash', projectCrash],
]);

function okrFile(krs: string[]): string {
  return `period: 2027-Q2\nteam: Billing\nobjectives:\n  - id: x\n    title: Make refunds painless\n    key_results:\n${krs.map((k) => `      - ${k}\n`).join('')}`;
}

describe('a rule that throws', () => {
  it('is reported at the node it was visiting, skipped for the rest of the file, and other rules keep their findings', () => {
    const yaml = okrFile(['Cut refund time from 6 to 2 days', 'Watch the explode metric', 'Grow refunds handled to 90%']);
    const [result] = lintText(yaml, { extraRules, rules: { fragile: 'warn', 'objective-kr-count': ['error', { min: 4 }] }, filePath: 'billing.okr.yaml' });
    const crash = result!.messages.filter((m) => m.incomplete);
    expect(crash).toHaveLength(1);
    expect(crash[0]).toMatchObject({ ruleId: 'fragile', severity: 2, fatal: true, line: 8 });
    expect(crash[0]!.message).toContain('Rule "fragile" failed on this file');
    expect(crash[0]!.message).toContain('TypeError: cannot handle');
    expect(crash[0]!.message).not.toContain('second line');
    // The finding before the crash is kept; after it, the rule is off for this file.
    expect(result!.messages.filter((m) => m.ruleId === 'fragile' && !m.incomplete).map((m) => m.line)).toEqual([7]);
    expect(result!.messages.some((m) => m.ruleId === 'objective-kr-count')).toBe(true);
  });

  describe('across files', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'okrlint-crash-'));
      writeFileSync(join(dir, 'a.okr.yaml'), okrFile(['Lift uptime from 99.0% to 99.9%']));
      writeFileSync(join(dir, 'b.okr.yaml'), okrFile(['explode the backlog']));
      writeFileSync(join(dir, 'c.okr.yaml'), okrFile(['Cut churn from 5% to 3%']));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('names the file it failed on and lints the files after it', async () => {
      const results = await lintFiles(['.'], { cwd: dir, extraRules, rules: { fragile: 'warn' } });
      const byFile = Object.fromEntries(results.map((r) => [r.filePath.replace(`${dir}/`, ''), r.messages.filter((m) => m.ruleId === 'fragile')]));
      expect(byFile['a.okr.yaml']).toMatchObject([{ severity: 1 }]);
      expect(byFile['b.okr.yaml']).toMatchObject([{ severity: 2, incomplete: true }]);
      expect(byFile['c.okr.yaml']).toMatchObject([{ severity: 1 }]);
    });
  });

  it('a crash in the project pass is reported once, on the first file, without losing per-file findings', () => {
    const [result] = lintText(okrFile(['Cut churn from 5% to 3%']), { extraRules, rules: { 'project-crash': 'warn', 'objective-kr-count': 'error' } });
    expect(result!.messages.filter((m) => m.incomplete)).toMatchObject([{ ruleId: 'project-crash' }]);
    expect(result!.messages.filter((m) => m.incomplete)[0]!.message).toContain('lost track of the alignment graph');
    expect(result!.messages.some((m) => m.ruleId === 'objective-kr-count')).toBe(true);
  });

  it('a rule whose create() throws is reported on each file instead of stopping the run', () => {
    const broken = { ...fragile, name: 'broken', create: () => { throw new Error('no visitors today'); } } as RuleDefinition<any>;
    const [result] = lintText(okrFile(['Cut churn from 5% to 3%']), { extraRules: new Map([['broken', broken]]), rules: { broken: 'warn', 'objective-kr-count': 'error' } });
    expect(result!.messages.filter((m) => m.incomplete)).toMatchObject([{ ruleId: 'broken', line: 1 }]);
    expect(result!.messages.some((m) => m.ruleId === 'objective-kr-count')).toBe(true);
  });
});

describe('a rule whose options are invalid', () => {
  it.each([
    [{ word: 42 }, /option "word" must be a string/],
    [{ wrod: 'typo' }, /unknown option "wrod"/],
  ])('stops the run with a FatalError naming the rule and the option (%o)', (options, wording) => {
    const run = () => lintText('period: x\n', { extraRules, rules: { fragile: ['warn', options] } });
    expect(run).toThrow(FatalError);
    expect(run).toThrow(/Invalid options for rule "fragile"/);
    expect(run).toThrow(wording);
  });

  it('a built-in rule is checked too', () => {
    expect(() => lintText('period: x\n', { rules: { 'objective-kr-count': ['error', { min: 'three' }] } })).toThrow(/Invalid options for rule "objective-kr-count"/);
  });
});
