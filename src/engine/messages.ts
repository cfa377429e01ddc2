import type { LintMessage, LintResult } from '../rule-kit/types.js';

/** Fills `{{name}}` placeholders from a report's data. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  // Most suggestions have no placeholder: spare them the regular expression.
  if (!template.includes('{{')) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export function compareMessages(a: LintMessage, b: LintMessage): number {
  // Rule ids are ASCII: plain comparison, not localeCompare, whose first call loads ICU (about 8 ms).
  const x = a.ruleId ?? '';
  const y = b.ruleId ?? '';
  return a.line - b.line || a.column - b.column || (x < y ? -1 : x > y ? 1 : 0);
}

export function toResult(filePath: string, messages: LintMessage[]): LintResult {
  messages.sort(compareMessages);
  let errorCount = 0;
  let warningCount = 0;
  for (const m of messages) {
    if (m.severity === 2) errorCount++;
    else warningCount++;
  }
  return { filePath, messages, errorCount, warningCount };
}

/** A message for the whole file, placed at its start. */
export function fileMessage(ruleId: string, message: string, severity: 1 | 2 = 2): LintMessage {
  return { ruleId, severity, message, line: 1, column: 1, endLine: 1, endColumn: 1, fatal: severity === 2 };
}
