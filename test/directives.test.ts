/** Point 4: okrlint-disable comments in OKR files. */
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/api.js';
import { scanDirectives } from '../src/engine/directives.js';
import type { LintMessage } from '../src/rule-kit/types.js';
import { makeProject, run } from './config/project.js';

/**
 * Two objectives with one key result each (objective-kr-count flags both titles, lines 5
 * and 9) and an aligns_to naming nothing (objective-unaligned, a project rule, line 10).
 */
const LINES = [
  'period: 2027-Q2',
  'team: Payments',
  'objectives:',
  '  - id: pay-1',
  '    title: Make paying painless for returning buyers',
  '    key_results:',
  '      - Raise checkout conversion from 61% to 68%',
  '  - id: pay-2',
  '    title: Get refunds to customers sooner',
  '    aligns_to: nowhere',
  '    key_results:',
  '      - Cut refund turnaround from 9 days to 3',
];

/** The file with comment lines inserted before the given 1-based lines (or appended to them). */
function withComments(insert: Record<number, string>, append: Record<number, string> = {}, eol = '\n'): string {
  const out: string[] = [];
  LINES.forEach((line, i) => {
    if (insert[i + 1] !== undefined) out.push(insert[i + 1]!);
    out.push(append[i + 1] !== undefined ? `${line}  ${append[i + 1]}` : line);
  });
  return `${out.join(eol)}${eol}`;
}

function lint(text: string, reportUnusedDisableDirectives = false): LintMessage[] {
  return lintText(text, { filePath: 'pay.okr.yaml', reportUnusedDisableDirectives })[0]!.messages;
}

const summary = (messages: LintMessage[]) => messages.map((m) => `${m.line}:${m.ruleId}`);

describe('inline directives', () => {
  it('reports all three findings without comments', () => {
    expect(summary(lint(withComments({})))).toEqual(['5:objective-kr-count', '9:objective-kr-count', '10:objective-unaligned']);
  });

  it('disable-next-line silences the named rule on the next line only', () => {
    const text = withComments({ 5: '    # okrlint-disable-next-line objective-kr-count -- one KR is the point here' });
    expect(summary(lint(text))).toEqual(['10:objective-kr-count', '11:objective-unaligned']);
  });

  it('disable-next-line without ids silences every rule on that line', () => {
    const text = withComments({ 10: '    # okrlint-disable-next-line' });
    expect(summary(lint(text))).toEqual(['5:objective-kr-count', '9:objective-kr-count']);
  });

  it('leaves other rules alone', () => {
    const text = withComments({ 10: '    # okrlint-disable-next-line objective-kr-count' });
    expect(summary(lint(text))).toContain('11:objective-unaligned');
  });

  it('disable-line silences findings on its own line, several ids separated by commas', () => {
    const text = withComments({}, { 9: '# okrlint-disable-line objective-kr-count, objective-unaligned' });
    expect(summary(lint(text))).toEqual(['5:objective-kr-count', '10:objective-unaligned']);
  });

  it('disable ... enable covers a range, for one rule', () => {
    const text = withComments({ 4: '  # okrlint-disable objective-kr-count', 8: '  # okrlint-enable objective-kr-count' });
    expect(summary(lint(text))).toEqual(['11:objective-kr-count', '12:objective-unaligned']);
  });

  it('disable without an enable runs to the end of the file; enable of one id re-enables just that rule', () => {
    const text = withComments({ 1: '# okrlint-disable', 8: '# okrlint-enable objective-unaligned' });
    expect(summary(lint(text))).toEqual(['12:objective-unaligned']);
  });

  it('works with CRLF line endings', () => {
    const text = withComments({ 5: '    # okrlint-disable-next-line objective-kr-count -- reason' }, { 10: '# okrlint-disable-line' }, '\r\n');
    expect(summary(lint(text, true))).toEqual(['10:objective-kr-count']);
  });

  it('ignores a # inside quoted strings and block scalars', () => {
    const text = withComments({}).replace("'", "'").replace('title: Get refunds to customers sooner', 'title: "Get refunds # okrlint-disable-line to customers sooner"');
    expect(summary(lint(text))).toContain('9:objective-kr-count');
    expect(scanDirectives('a: |\n  # okrlint-disable\n  text\nb: \'# okrlint-disable\'\n')).toEqual([]);
  });

  it('never silences a fatal problem', () => {
    const messages = lint('# okrlint-disable\nperiod: [2027\n');
    expect(messages.some((m) => m.fatal)).toBe(true);
  });

  it('applies to project-pass findings too', () => {
    const text = withComments({ 10: '    # okrlint-disable-next-line objective-unaligned' });
    expect(summary(lint(text, true))).toEqual(['5:objective-kr-count', '9:objective-kr-count']);
  });
});

describe('reported directives', () => {
  it('reports an unknown rule id with the closest known ids', () => {
    const text = withComments({ 5: '    # okrlint-disable-next-line objective-kr-cont' });
    const unknown = lint(text).filter((m) => m.ruleId === 'okrlint/unknown-rule');
    expect(unknown).toEqual([
      expect.objectContaining({
        line: 5,
        column: 5,
        severity: 2,
        message: 'Unknown rule "objective-kr-cont" in an okrlint-disable-next-line comment. Did you mean "objective-kr-count" or "objective-count"?',
        suggestion: 'Write "objective-kr-count" instead of "objective-kr-cont".',
      }),
    ]);
  });

  it('reports directives that suppress nothing only when asked', () => {
    const text = withComments({ 5: '    # okrlint-disable-next-line objective-kr-count, objective-unaligned', 2: '# okrlint-disable-next-line' });
    expect(lint(text).filter((m) => m.ruleId === 'okrlint/unused-disable-directive')).toEqual([]);
    const unused = lint(text, true).filter((m) => m.ruleId === 'okrlint/unused-disable-directive');
    expect(unused.map((m) => [m.line, m.message])).toEqual([
      [2, 'Unused okrlint-disable-next-line comment: no problems were reported here.'],
      [6, 'Unused okrlint-disable-next-line comment: no "objective-unaligned" problems were reported here.'],
    ]);
  });

  it('--report-unused-disable-directives reports a stale comment as a warning', async () => {
    const clean = LINES.join('\n').replace('aligns_to: nowhere', 'aligns_to: pay-1');
    const root = makeProject({ 'pay.okr.yaml': `# okrlint-disable objective-unaligned\n${clean}\n`, '.okrlintrc.yaml': 'rules:\n  objective-kr-count: "off"\n' });
    expect((await run(['.'], root)).code).toBe(0);
    const outcome = await run(['--report-unused-disable-directives', '.'], root);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/1:1\s+warning\s+Unused okrlint-disable comment: no "objective-unaligned" problems were reported here\./);
    expect((await run(['--report-unused-disable-directives', '--max-warnings', '0', '.'], root)).code).toBe(1);
  });

  it('the config can ask for the unused report too, as a warning or an error', async () => {
    const file = `# okrlint-disable-next-line\n${LINES.join('\n')}\n`;
    const warn = await run(['.'], makeProject({ 'pay.okr.yaml': file, '.okrlintrc.yaml': 'reportUnusedDisableDirectives: warn\n' }));
    expect(warn.stdout).toMatch(/warning\s+Unused okrlint-disable-next-line comment/);
    const error = await run(['.'], makeProject({ 'pay.okr.yaml': file, '.okrlintrc.yaml': 'reportUnusedDisableDirectives: error\n' }));
    expect(error.stdout).toMatch(/error\s+Unused okrlint-disable-next-line comment/);
    const off = await run(['.'], makeProject({ 'pay.okr.yaml': file, '.okrlintrc.yaml': 'reportUnusedDisableDirectives: "off"\n' }));
    expect(off.stdout).not.toContain('Unused okrlint-disable');
    const bad = await run(['.'], makeProject({ 'pay.okr.yaml': file, '.okrlintrc.yaml': 'reportUnusedDisableDirectives: loud\n' }));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected true, false, "off", "warn" or "error", got "loud"');
  });
});
