/** A hostile OKR file cannot restyle or rewrite the terminal through stylish or compact output, nor hide text in the HTML report. */
import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../src/output/terminal-safe.js';
import { makeProject, run } from '../config/project.js';

// YAML double-quoted escapes: \e is ESC, \a is BEL, \r is CR, \x9b is the C1 CSI.
const HOSTILE = [
  'period: 2027-Q2',
  'team: Support',
  'owner: Ana Costa',
  'objectives:',
  '  - id: support-1',
  '    title: "Answer faster\\a"',
  '    owner: Ana Costa',
  '    key_results:',
  '      - "Improve the help desk\\e[2J\\e[H\\a\\r\\x9b31m somehow"',
  '',
].join('\n');

const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('control characters in human output', () => {
  // An OSC sequence in the file name would retitle the terminal window.
  const HOSTILE_NAME = 'support\u001b]0;owned\u0007.okr.yaml';

  it.each(['stylish', 'compact'])('%s shows them escaped, never raw, in paths and messages', async (format) => {
    const outcome = await run(['-f', format, '--no-color', '.'], makeProject({ [HOSTILE_NAME]: HOSTILE }));
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).not.toMatch(RAW_CONTROL);
    expect(outcome.stdout).toContain('support\\u001b]0;owned\\u0007.okr.yaml');
  });

  it('stylish escapes the suggestion built from the key result', async () => {
    const outcome = await run(['--no-color', '.'], makeProject({ 'support.okr.yaml': HOSTILE }));
    expect(outcome.stdout).toContain('Improve the help desk\\u001b[2J\\u001b[H\\u0007\\u000d\\u009b31m somehow');
    expect(outcome.stdout).not.toMatch(RAW_CONTROL);
  });

  it('json keeps the text exact (machines read it, JSON escapes it)', async () => {
    const outcome = await run(['-f', 'json', '.'], makeProject({ 'support.okr.yaml': HOSTILE }));
    const suggestions = (JSON.parse(outcome.stdout) as { messages: { suggestion?: string }[] }[])[0]!.messages.map((m) => m.suggestion ?? '');
    expect(suggestions.some((text) => text.includes('help desk\u001b[2J\u001b[H\u0007\r\u009b31m'))).toBe(true);
  });

  it('escapes C0, DEL and C1, and leaves other text alone', () => {
    expect(escapeControls('a\u001b[31mb\u0007c\rd\u007fe\u009bf')).toBe('a\\u001b[31mb\\u0007c\\u000dd\\u007fe\\u009bf');
    expect(escapeControls('Raise NPS from 31 to 45 — café ✔')).toBe('Raise NPS from 31 to 45 — café ✔');
  });

  it('escapes line separators and bidirectional overrides, which make a line read other than it is', () => {
    expect(escapeControls('Cut churn\u2028to 2%\u202e%05 ot\u2066x\u2069')).toBe('Cut churn\\u2028to 2%\\u202e%05 ot\\u2066x\\u2069');
  });
});

describe('control characters in the HTML report', () => {
  // \u202e (right-to-left override) and \u2066 (isolate) reorder what a reader sees; \x85 is a C1 line break.
  const BIDI = HOSTILE.replace('title: "Answer faster\\a"', 'title: "Answer faster\\u202e%05 ot\\u2066x\\u2069\\x85"');
  const INVISIBLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

  it('shows them as \\uXXXX in file names, titles, key results and suggestions, never raw', async () => {
    const outcome = await run(['-f', 'html', '.'], makeProject({ 'support\u001b]0;owned\u0007.okr.yaml': BIDI }));
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).not.toMatch(INVISIBLE);
    expect(outcome.stdout).toContain('Improve the help desk\\u001b[2J\\u001b[H\\u0007\\u000d\\u009b31m somehow');
    expect(outcome.stdout).toContain('Answer faster\\u202e%05 ot\\u2066x\\u2069\\u0085');
    expect(outcome.stdout).toContain('support\\u001b]0;owned\\u0007.okr.yaml');
  });
});
