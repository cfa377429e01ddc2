import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import stylish from '../../src/formatters/stylish.js';
import { loadPainter } from '../../src/output/painter.js';
import { escapeControls as safe } from '../../src/output/terminal-safe.js';
import type { LintResult } from '../../src/rule-kit/types.js';

/** The same report written by hand through chalk (level 1): the expected escape codes; control characters from the input are shown escaped. */
function withChalk(results: LintResult[], cwd: string): string {
  const c = new Chalk({ level: 1 });
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    const path = safe(result.filePath.slice(cwd.length + 1));
    lines.push(c.underline(path));
    for (const m of result.messages) {
      const severity = m.severity === 2 ? c.red('error  ') : c.yellow('warning');
      lines.push(`  ${c.dim(`${path}:${m.line}:${m.column}`)}  ${severity}  ${safe(m.message)}  ${c.dim(safe(m.ruleId ?? ''))}`);
      if (m.suggestion) lines.push(`    ${c.cyan('suggestion:')} ${safe(m.suggestion)}`);
    }
    lines.push('');
  }
  const summary = `✖ ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${plural(results.length, 'file')}`;
  lines.push(errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary));
  return `${lines.join('\n')}\n`;
}

const result = (filePath: string, severity: 1 | 2, ruleId: string): LintResult => ({
  filePath,
  messages: [{ ruleId, severity, message: 'Cut handling time without a quality guard', line: 3, column: 7, suggestion: 'Add a CSAT floor' }],
  errorCount: severity === 2 ? 1 : 0,
  warningCount: severity === 1 ? 1 : 0,
} as LintResult);

describe('stylish colours', () => {
  const context = { cwd: '/repo', color: true, rules: new Map(), paint: undefined as Awaited<ReturnType<typeof loadPainter>> | undefined };

  it('colours through chalk; codes and line breaks from the input are shown escaped', async () => {
    context.paint = await loadPainter();
    const results = [
      result('/repo/okrs/support.okr.yaml', 2, 'kr-unbalanced'),
      result('/repo/okrs/odd\u001B[24mname\r\nwith break.yaml', 1, 'kr-dup\u001B[22mlicate'),
    ];
    expect(stylish(results, context)).toBe(withChalk(results, '/repo'));
    expect(stylish([results[1]!], context)).toBe(withChalk([results[1]!], '/repo'));
    expect(stylish([results[1]!], context)).toContain('odd\\u001b[24mname\\u000d\\u000awith break.yaml');
  });

  it('writes no escape codes with colour off', () => {
    expect(stylish([result('/repo/a.yaml', 2, 'x')], { ...context, color: false })).not.toContain('\u001B');
  });
});
