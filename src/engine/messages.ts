import type { OkrDocument, OkrNode } from '../model/types.js';
import type { LintMessage, LintResult, MessageContext } from '../rule-kit/types.js';

/** Fills `{{name}}` placeholders from a report's data. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  // Most suggestions have no placeholder: spare them the regular expression.
  if (!template.includes('{{')) return template;
  const parts = partsOf(template);
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 3) {
    const key = parts[i + 1]!;
    text += (key in data ? String(data[key]) : parts[i]!) + parts[i + 2]!;
  }
  return text;
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * A template split where PLACEHOLDER matches, once per template (bounded): the text before the
 * first placeholder, then per placeholder its whole text, its key and the text after it. A rule
 * has a few templates and reports them thousands of times.
 */
const templates = new Map<string, string[]>();

function partsOf(template: string): string[] {
  let parts = templates.get(template);
  if (!parts) {
    parts = [];
    let last = 0;
    PLACEHOLDER.lastIndex = 0;
    for (let match = PLACEHOLDER.exec(template); match !== null; match = PLACEHOLDER.exec(template)) {
      parts.push(template.slice(last, match.index), match[0], match[1]!);
      last = match.index + match[0].length;
    }
    parts.push(template.slice(last));
    if (templates.size > 1_000) templates.clear();
    templates.set(template, parts);
  }
  return parts;
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

/** Team, objective and key result of a reported node: reports group findings by them. */
export function contextOf(node: OkrNode): MessageContext {
  const objective = node.type === 'objective' ? node : node.type === 'keyResult' ? node.objective : undefined;
  const team = documentOf(node).team;
  const context: MessageContext = {};
  if (team !== undefined) context.team = team;
  if (objective) context.objective = objective.title;
  if (node.type === 'keyResult') context.keyResult = node.title;
  return context;
}

export function documentOf(node: OkrNode): OkrDocument {
  return node.type === 'document' ? node : node.type === 'objective' ? node.document : node.objective.document;
}
