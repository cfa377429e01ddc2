import type { LintResult } from '../rule-kit/types.js';
import { joined } from './shared.js';
import type { ReportWriter } from './types.js';

/** ESLint-compatible JSON: [{filePath, messages, errorCount, warningCount}], one file at a time. */
export const write: ReportWriter = function* (results) {
  let separator = '[';
  for (const result of results) {
    yield `${separator}${JSON.stringify(eslintShape(result))}`;
    separator = ',';
  }
  yield separator === '[' ? '[]' : ']';
};

function eslintShape(r: LintResult) {
  return {
    filePath: r.filePath,
    messages: r.messages.map((m) => ({
      ruleId: m.ruleId,
      severity: m.severity,
      message: m.message,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      ...(m.suggestion ? { suggestion: m.suggestion } : {}),
      ...(m.fatal ? { fatal: true } : {}),
    })),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
  };
}

export default joined(write);
