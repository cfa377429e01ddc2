/**
 * Hostile and odd YAML (issue 7, point 1): each input ends in a documented lint message,
 * never an exception, and the positions are the ones an editor shows.
 * The documented outcomes are in docs/robustness.md.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import type { LintMessage } from '../../src/rule-kit/types.js';

/** Lints with the recommended preset and returns the messages. */
function lint(yaml: string): LintMessage[] {
  return lintText(yaml, { filePath: 'team.okr.yaml' })[0]!.messages;
}

function only(messages: LintMessage[], ruleId: string): LintMessage[] {
  return messages.filter((m) => m.ruleId === ruleId);
}

const HEADER = 'period: 2027-Q2\nteam: Billing\n';
const GOOD_OBJECTIVE = `objectives:
  - id: faster-refunds
    title: Make refunds painless for customers
    key_results:
      - Cut refund handling time from 6 days to 2 days
      - Lift refund satisfaction from 3.1 to 4.2 out of 5
      - Reduce refund-related tickets from 900 to 400 a month
`;

describe('invalid YAML', () => {
  it('is yaml/syntax at the line and column the parser points at, and nothing else is linted', () => {
    const messages = lint(`${HEADER}objectives: [unclosed\n  - id: x\n`);
    const syntax = only(messages, 'yaml/syntax');
    expect(syntax.length).toBeGreaterThan(0);
    expect(syntax[0]).toMatchObject({ severity: 2, fatal: true, line: 3, column: 14 });
    expect(messages.every((m) => m.ruleId?.startsWith('yaml/'))).toBe(true);
  });

  it('reports an error the parser raises twice at one place only once', () => {
    const syntax = only(lint('team: {{Billing\n'), 'yaml/syntax');
    const keys = syntax.map((m) => `${m.line}:${m.column} ${m.message}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(syntax.length).toBeGreaterThan(0);
  });
});

describe('duplicate keys', () => {
  it('is yaml/duplicate-key at the second key, naming the first line, and the document is not linted', () => {
    const messages = lint(`period: 2027-Q2\nteam: Billing\nteam: Payments\n${GOOD_OBJECTIVE}`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'yaml/duplicate-key', line: 3, column: 1, severity: 2, fatal: true });
    expect(messages[0]!.message).toContain('"team"');
    expect(messages[0]!.message).toContain('line 2');
  });

  it('catches keys that only collide as data (1 and "1"), which the parser lets through', () => {
    const messages = lint(`${HEADER}objectives:\n  - id: x\n    title: T\n    key_results: []\n    1: a\n    "1": b\n`);
    expect(only(messages, 'yaml/duplicate-key')).toMatchObject([{ line: 8, column: 5 }]);
  });

  it('never uses either value: no finding quotes the overwritten or the surviving title', () => {
    const yaml = `${HEADER}objectives:\n  - id: x\n    title: Hold a weekly sync\n    title: Hold a monthly sync\n    key_results: [a]\n`;
    const messages = lint(yaml);
    expect(messages.map((m) => m.ruleId)).toEqual(['yaml/duplicate-key']);
  });

  it('allows repeated merge keys, which are how several bases are merged', () => {
    const yaml = `a: &a {owner: Ana}\nb: &b {id: x}\n${HEADER}objectives:\n  - <<: *a\n    <<: *b\n    title: Make refunds painless\n    key_results: [k]\n`;
    expect(only(lint(yaml), 'yaml/duplicate-key')).toEqual([]);
  });
});

describe('merge keys', () => {
  const base = `${HEADER}objectives:\n  - &base\n    id: base\n    title: Make refunds painless for customers\n    key_results:\n      - Cut refund time from 6 days to 2 days\n`;

  it.each([
    ['merge first, explicit key after', '  - <<: *base\n    id: second\n    title: Lift checkout conversion\n'],
    ['explicit key first, merge after', '  - id: second\n    title: Lift checkout conversion\n    <<: *base\n'],
  ])('explicit keys win (%s)', (_name, second) => {
    const [result] = lintText(base + second, { filePath: 'm.okr.yaml', rules: { 'objective-kr-count': 'error' } });
    const counts = only(result!.messages, 'objective-kr-count');
    // Both objectives have one key result: the second one's title is its own.
    expect(counts).toHaveLength(2);
    expect(counts.map((m) => m.context?.objective)).toEqual(['Make refunds painless for customers', 'Lift checkout conversion']);
    // The second objective's finding sits on its own title, line 9 or 10.
    expect(counts[1]!.line).toBeGreaterThanOrEqual(9);
  });

  it('locates a merged value where it is written, in the base', () => {
    const yaml = `${HEADER}objectives:\n  - &base\n    id: a\n    title: Make refunds painless\n    key_results: [one]\n  - <<: *base\n    id: b\n`;
    const [result] = lintText(yaml, { filePath: 'm.okr.yaml', rules: { 'objective-kr-count': 'error' } });
    const lines = only(result!.messages, 'objective-kr-count').map((m) => m.line);
    expect(lines).toEqual([6, 6]);
  });
});

describe('alias bomb', () => {
  it('is yaml/alias-limit within a bounded time', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) levels.push(`${'l' + i}: &l${i} [${Array(10).fill(i === 1 ? '*a' : `*l${i - 1}`).join(', ')}]`);
    const started = performance.now();
    const messages = lint(`${levels.join('\n')}\nperiod: x\n`);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(only(messages, 'yaml/alias-limit')).toHaveLength(1);
  });
});

describe('deep nesting', () => {
  it.each([
    ['flow sequences', `${HEADER}objectives: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`],
    ['block sequences on one line', `${HEADER}objectives:\n  ${'- '.repeat(5_000)}x\n`],
    ['just past the limit', `${HEADER}objectives: ${'['.repeat(120)}${']'.repeat(120)}\n`],
  ])('%s: one yaml/nesting-limit, quickly', (_name, yaml) => {
    const started = performance.now();
    const messages = lint(yaml);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(only(messages, 'yaml/nesting-limit')).toHaveLength(1);
    expect(messages.length).toBeLessThanOrEqual(2);
  });
});

describe('whitespace and encodings', () => {
  const plain = `${HEADER}objectives: []\nsponsor: Ana\n`;

  it('tabs used as indentation are yaml/syntax at the tab', () => {
    expect(only(lint(`${HEADER}objectives:\n\t- id: x\n`), 'yaml/syntax')[0]).toMatchObject({ line: 4, column: 1 });
  });

  it('a UTF-8 BOM does not shift line 1', () => {
    const bare = lint('sponsor: Ana\nperiod: 2027-Q2\nteam: Billing\nobjectives: []\n');
    const withBom = lint('\uFEFFsponsor: Ana\nperiod: 2027-Q2\nteam: Billing\nobjectives: []\n');
    expect(withBom).toEqual(bare);
    expect(only(withBom, 'schema')[0]).toMatchObject({ line: 1, column: 1, endColumn: 8 });
  });

  it('CRLF line endings give the same positions as LF', () => {
    const lf = lint(plain);
    const crlf = lint(plain.replace(/\n/g, '\r\n'));
    expect(crlf).toEqual(lf);
    expect(only(crlf, 'schema')[0]).toMatchObject({ line: 4, column: 1 });
  });
});

describe('documents that are not OKR mappings', () => {
  it.each([
    ['an empty file', ''],
    ['only comments', '# planning notes\n# nothing yet\n'],
  ])('%s is a okr/not-okr-file warning', (_name, yaml) => {
    expect(lint(yaml)).toMatchObject([{ ruleId: 'okr/not-okr-file', severity: 1, line: 1 }]);
  });

  it.each([
    ['a list', '- one\n- two\n', /a list/],
    ['a scalar', 'just some words\n', /single string/],
    ['a number', '2027\n', /single number/],
  ])('%s is a okr/not-okr-file error', (_name, yaml, wording) => {
    const messages = lint(yaml);
    expect(messages).toMatchObject([{ ruleId: 'okr/not-okr-file', severity: 2 }]);
    expect(messages[0]!.message).toMatch(wording);
  });
});

describe('numbers, dates and booleans where text is expected', () => {
  it('reports title: 2027 and owner: false as schema errors and lints the rest', () => {
    const yaml = `${HEADER}owner: false\nobjectives:\n  - id: x\n    title: 2027\n    key_results: [2027-03-01, true, 12]\n`;
    const messages = lint(yaml);
    const schema = only(messages, 'schema');
    expect(schema.map((m) => m.line)).toEqual([3, 6, 7, 7]);
    expect(schema[1]!.message).toMatch(/must be text, found a number/);
    // A key result is text or a mapping; the message said "must be object,string".
    expect(schema.slice(2).map((m) => m.message)).toEqual([
      'Objectives[0].key_results[1] must be text or a mapping with a title, found a boolean.',
      'Objectives[0].key_results[2] must be text or a mapping with a title, found a number.',
    ]);
  });

  it('owner: no is text in YAML 1.2, flagged as yaml/ambiguous-boolean so YAML 1.1 tools agree', () => {
    const messages = lint(`${HEADER}owner: no\n${GOOD_OBJECTIVE}`);
    expect(only(messages, 'yaml/ambiguous-boolean')).toMatchObject([{ severity: 1, line: 3, column: 8 }]);
    expect(only(messages, 'schema')).toEqual([]);
  });

  it('a %YAML 1.1 document reads no as a boolean: a schema error, not the warning', () => {
    const messages = lint(`%YAML 1.1\n---\n${HEADER}owner: no\n${GOOD_OBJECTIVE}`);
    expect(only(messages, 'yaml/ambiguous-boolean')).toEqual([]);
    expect(only(messages, 'schema')[0]).toMatchObject({ line: 5 });
  });
});

describe('multi-document files', () => {
  it('lints every document, with %YAML on the first only, at the right lines', () => {
    const second = `${HEADER}sponsor: Ana\nobjectives: []\n`;
    const messages = lint(`%YAML 1.2\n---\n${HEADER}${GOOD_OBJECTIVE}---\n${second}`);
    expect(only(messages, 'yaml/syntax')).toEqual([]);
    expect(only(messages, 'schema')).toMatchObject([{ line: 15, column: 1 }]);
  });
});
