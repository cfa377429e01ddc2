/** Hand-made results for formatter tests, including messages built to break naive escaping. */
import { ruleRegistry } from '../../src/api.js';
import type { FormatterContext } from '../../src/formatters/index.js';
import type { LintMessage, LintResult } from '../../src/rule-kit/types.js';

export const CWD = '/repo';

/** Text that breaks XML, HTML, markdown tables and workflow commands if not escaped. */
export const NASTY = 'Ends CDATA ]]> then <b>tags</b> & "quotes" \'single\' | pipe, comma: colon 100% done\r\nnext line\u0001\u0007\u001b[31m\uFFFE';

export function message(overrides: Partial<LintMessage> = {}): LintMessage {
  return { ruleId: 'objective-kr-count', severity: 1, message: 'Objective has 1 key result; aim for at least 3.', line: 4, column: 5, endLine: 4, endColumn: 30, ...overrides };
}

export function result(filePath: string, messages: LintMessage[]): LintResult {
  return {
    filePath,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
  };
}

/** Two files with problems (one of them twice at the same place), one whole-file problem, one clean file. */
export function sampleResults(): LintResult[] {
  return [
    result(`${CWD}/okrs/growth.okr.yaml`, [
      message({ context: { team: 'Growth', objective: 'Win back lapsed customers' } }),
      message({
        ruleId: 'kr-no-source',
        severity: 2,
        message: NASTY,
        suggestion: 'Add source: "Billing dashboard" & name the report <here>',
        line: 7,
        column: 9,
        endLine: 7,
        endColumn: 48,
        context: { team: 'Growth', objective: 'Win back lapsed customers', keyResult: '<script>alert(1)</script> Raise win-back rate from 4% to 9%' },
      }),
      message({ ruleId: 'kr-no-source', severity: 2, message: 'Same place, second finding.', line: 7, column: 9, endLine: 7, endColumn: 48 }),
    ]),
    result(`${CWD}/okrs/logo.okr.yaml`, [{ ruleId: 'file/binary', severity: 2, message: 'This is a binary file, not YAML text; remove it from the lint patterns.', line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true }]),
    result(`${CWD}/okrs/clean.okr.yaml`, []),
  ];
}

export function context(overrides: Partial<FormatterContext> = {}): FormatterContext {
  return { cwd: CWD, color: false, rules: ruleRegistry(), ...overrides };
}
